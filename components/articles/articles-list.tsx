"use client";

import { Input, Select } from "@/components/ui/field";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { useMemo } from "react";
import { ErrorPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { articleLocales, languageName } from "@/lib/articles/content";
import { filterArticles, parentIndex } from "@/lib/articles/filter";
import { formatDate, formatRelative } from "@/lib/format/time";
import { articleQueries } from "@/lib/queries/articles";
import { collectionQueries, sectionQueries } from "@/lib/queries/help-center";
import { AdminLink, useAdminNames } from "@/components/ui/admin-link";
import { StateBadge } from "@/components/ui/state-badge";
import { EmptyNote, TableCard } from "@/components/ui/table-card";

const STATES = ["published", "draft"] as const;
const SORTS = ["updated_desc", "updated_asc", "title"] as const;

const filterParsers = {
  q: parseAsString.withDefault(""),
  state: parseAsStringLiteral(STATES),
  collection: parseAsString,
  section: parseAsString,
  author: parseAsString,
  lang: parseAsString,
  sort: parseAsStringLiteral(SORTS).withDefault("updated_desc"),
};

export function ArticlesList() {
  const [filters, setFilters] = useQueryStates(filterParsers);
  const articles = useQuery(articleQueries.list());
  const collections = useQuery(collectionQueries.list());
  const sections = useQuery(sectionQueries.list());
  const adminNames = useAdminNames();

  const all = useMemo(() => articles.data?.items ?? [], [articles.data]);
  const parents = useMemo(() => parentIndex(all, collections.data?.items ?? [], sections.data?.items ?? []), [all, collections.data, sections.data]);
  const shown = useMemo(() => filterArticles(all, parents, filters), [all, parents, filters]);
  const authors = useMemo(
    () => [...new Set(all.map((a) => String(a.author_id ?? "")).filter(Boolean))].sort((a, b) => (adminNames.get(a) ?? a).localeCompare(adminNames.get(b) ?? b)),
    [all, adminNames],
  );
  const languages = useMemo(() => [...new Set(all.flatMap(articleLocales))].sort(), [all]);
  const sortedCollections = useMemo(() => [...(collections.data?.items ?? [])].sort((a, b) => (a.name ?? "").localeCompare(b.name ?? "")), [collections.data]);
  const sectionOptions = useMemo(
    () => (sections.data?.items ?? []).filter((s) => !filters.collection || String(s.parent_id) === filters.collection).sort((a, b) => (a.name ?? "").localeCompare(b.name ?? "")),
    [sections.data, filters.collection],
  );
  const active = filters.q || filters.state || filters.collection || filters.section || filters.author || filters.lang;

  return (
    <div>
      <PageHeader
        title="Articles"
        description={articles.data ? `${shown.length} of ${articles.data.items.length} articles${active ? " match the filters" : ""}` : "Every article in every help center"}
        actions={
          <Link href="/articles/insights" className="rounded-md border border-slate-300 bg-card px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50">
            Article insights
          </Link>
        }
      />
      <form role="search" className="mb-4 flex flex-wrap items-end gap-2" onSubmit={(e) => e.preventDefault()}>
        <label className="flex flex-col gap-1 text-xs text-slate-500">
          Title
          <Input type="search" value={filters.q} onChange={(e) => void setFilters({ q: e.target.value || null })} placeholder="Search titles" className="w-56" />
        </label>
        <label className="flex flex-col gap-1 text-xs text-slate-500">
          State
          <Select aria-label="State" value={filters.state ?? ""} onChange={(e) => void setFilters({ state: (e.target.value || null) as (typeof STATES)[number] | null })}>
            <option value="">Any state</option>
            <option value="published">Published</option>
            <option value="draft">Draft</option>
          </Select>
        </label>
        <label className="flex flex-col gap-1 text-xs text-slate-500">
          Collection
          <Select aria-label="Collection" value={filters.collection ?? ""} onChange={(e) => void setFilters({ collection: e.target.value || null, section: null })}>
            <option value="">Any collection</option>
            {sortedCollections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name ?? `Collection ${c.id}`}
              </option>
            ))}
          </Select>
        </label>
        <label className="flex flex-col gap-1 text-xs text-slate-500">
          Section
          <Select aria-label="Section" value={filters.section ?? ""} onChange={(e) => void setFilters({ section: e.target.value || null })}>
            <option value="">Any section</option>
            {sectionOptions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name ?? `Section ${s.id}`}
              </option>
            ))}
          </Select>
        </label>
        <label className="flex flex-col gap-1 text-xs text-slate-500">
          Author
          <Select aria-label="Author" value={filters.author ?? ""} onChange={(e) => void setFilters({ author: e.target.value || null })}>
            <option value="">Any author</option>
            {authors.map((id) => (
              <option key={id} value={id}>
                {adminNames.get(id) ?? `Teammate ${id}`}
              </option>
            ))}
          </Select>
        </label>
        <label className="flex flex-col gap-1 text-xs text-slate-500">
          Language
          <Select aria-label="Language" value={filters.lang ?? ""} onChange={(e) => void setFilters({ lang: e.target.value || null })}>
            <option value="">Any language</option>
            {languages.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </Select>
        </label>
        <label className="flex flex-col gap-1 text-xs text-slate-500">
          Sort
          <Select aria-label="Sort" value={filters.sort} onChange={(e) => void setFilters({ sort: e.target.value as (typeof SORTS)[number] })}>
            <option value="updated_desc">Recently updated</option>
            <option value="updated_asc">Least recently updated</option>
            <option value="title">Title A–Z</option>
          </Select>
        </label>
        {active && (
          <button
            type="button"
            onClick={() => void setFilters({ q: null, state: null, collection: null, section: null, author: null, lang: null })}
            className="px-2 py-1.5 text-sm text-brand-600 hover:underline"
          >
            Clear filters
          </button>
        )}
      </form>

      {articles.isError ? (
        <ErrorPanel error={articles.error} title="Could not load the articles" onRetry={() => articles.refetch()} />
      ) : articles.isPending ? (
        <TableSkeleton rows={10} columns={6} />
      ) : shown.length === 0 ? (
        <EmptyNote>{all.length === 0 ? "This workspace has no articles." : "No article matches these filters."}</EmptyNote>
      ) : (
        <TableCard columns={[{ label: "Title" }, { label: "State" }, { label: "Collection / section" }, { label: "Author" }, { label: "Languages" }, { label: "Updated" }]}>
          {shown.map((a) => {
            const p = parents.get(String(a.id));
            const locales = articleLocales(a);
            return (
              <tr key={a.id} className="hover:bg-slate-50" data-testid="article-row">
                <td className="max-w-md px-4 py-2">
                  <Link href={`/articles/${encodeURIComponent(a.id)}`} className="font-medium text-brand-600 hover:underline">
                    {a.title || `Untitled article ${a.id}`}
                  </Link>
                </td>
                <td className="px-4 py-2">
                  <StateBadge state={a.state} />
                </td>
                <td className="px-4 py-2 text-slate-700">
                  {p?.collection ? (
                    <Link href={`/help-center/collections/${encodeURIComponent(p.collection.id)}`} className="hover:text-brand-600 hover:underline">
                      {p.collection.name}
                    </Link>
                  ) : (
                    <span className="text-slate-400">{a.parent_id ? `Unknown parent ${a.parent_id}` : "Standalone"}</span>
                  )}
                  {p?.section && (
                    <>
                      {" › "}
                      <Link href={`/help-center/sections/${encodeURIComponent(p.section.id)}`} className="hover:text-brand-600 hover:underline">
                        {p.section.name}
                      </Link>
                    </>
                  )}
                </td>
                <td className="px-4 py-2">
                  <AdminLink id={a.author_id} />
                </td>
                <td className="px-4 py-2 text-slate-600" title={locales.map(languageName).join(", ")}>
                  {locales.map((l) => l.toUpperCase()).join(" · ")}
                </td>
                <td className="whitespace-nowrap px-4 py-2 text-slate-600" title={formatDate(a.updated_at)}>
                  {formatRelative(a.updated_at)}
                </td>
              </tr>
            );
          })}
        </TableCard>
      )}
    </div>
  );
}
