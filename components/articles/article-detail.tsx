"use client";

import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { parseAsString, useQueryState } from "nuqs";
import { useMemo } from "react";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ExternalLink, Facts } from "@/components/ui/facts";
import { QueryFailure } from "@/components/ui/query-state";
import { SafeHtml } from "@/components/ui/safe-html";
import { Skeleton } from "@/components/ui/skeleton";
import { articleContent, articleLocales, languageName } from "@/lib/articles/content";
import { parentIndex } from "@/lib/articles/filter";
import { formatDateTime } from "@/lib/format/time";
import type { ArticleContent } from "@/lib/intercom/types/content";
import { articleQueries } from "@/lib/queries/articles";
import { collectionQueries, sectionQueries } from "@/lib/queries/help-center";
import { AdminLink } from "@/components/ui/admin-link";
import { ArticleStats } from "./article-stats";
import { StateBadge } from "@/components/ui/state-badge";

export function ArticleDetail({ id }: { id: string }) {
  const article = useQuery(articleQueries.detail(id));
  const collections = useQuery(collectionQueries.list());
  const sections = useQuery(sectionQueries.list());
  const [lang, setLang] = useQueryState("lang", parseAsString);

  const a = article.data;
  const locales = useMemo(() => (a ? articleLocales(a) : []), [a]);
  const parent = useMemo(() => (a ? parentIndex([a], collections.data?.items ?? [], sections.data?.items ?? []).get(String(a.id)) : undefined), [a, collections.data, sections.data]);

  if (article.isError) {
    return <QueryFailure error={article.error} what="Article" id={id} backHref="/articles" backLabel="All articles" onRetry={() => article.refetch()} />;
  }
  if (!a) {
    return (
      <div role="status" aria-label="Loading" className="space-y-4">
        <Skeleton className="h-4 w-64" />
        <Skeleton className="h-9 w-96" />
        <Skeleton className="h-64 w-full" />
      </div>
    );
  }

  const unknownLang = lang !== null && !locales.includes(lang);
  const content: ArticleContent & { locale: string } = articleContent(a, unknownLang ? null : lang);
  const translations = a.translated_content ?? {};

  return (
    <div>
      <Breadcrumbs
        items={[
          { href: "/articles", label: "Articles" },
          ...(parent?.collection ? [{ href: `/help-center/collections/${encodeURIComponent(parent.collection.id)}`, label: parent.collection.name ?? `Collection ${parent.collection.id}` }] : []),
          ...(parent?.section ? [{ href: `/help-center/sections/${encodeURIComponent(parent.section.id)}`, label: parent.section.name ?? `Section ${parent.section.id}` }] : []),
          { label: content.title || `Article ${a.id}` },
        ]}
      />
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900" data-testid="article-title" lang={content.locale}>
            {content.title || `Untitled article ${a.id}`}
          </h1>
          {content.description && (
            <p className="mt-1 text-sm text-slate-500" lang={content.locale}>
              {content.description}
            </p>
          )}
        </div>
        <StateBadge state={content.state} />
      </div>

      {locales.length > 1 && (
        <div role="tablist" aria-label="Language" className="mb-4 flex flex-wrap gap-1 border-b border-slate-200">
          {locales.map((l) => {
            const selected = l === content.locale;
            const t = translations[l];
            const state = typeof t === "object" && t !== null ? t.state : a.state;
            return (
              <button
                key={l}
                type="button"
                role="tab"
                aria-selected={selected}
                onClick={() => void setLang(l === (a.default_locale || "en") ? null : l)}
                className={`-mb-px border-b-2 px-3 py-1.5 text-sm ${selected ? "border-brand-600 font-medium text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
              >
                {languageName(l)}
                {state === "draft" && <span className="ml-1 text-xs text-amber-700">(draft)</span>}
              </button>
            );
          })}
        </div>
      )}
      {unknownLang && (
        <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          This article has no {languageName(lang)} version; showing {languageName(content.locale)}.
        </p>
      )}

      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <Card as="article" className="min-w-0 p-6 text-[15px] leading-relaxed text-slate-800" lang={content.locale}>
          {content.body ? <SafeHtml html={content.body} /> : <p className="text-sm text-slate-500">This article has no body.</p>}
        </Card>
        <aside className="space-y-4">
          <Card as="section" className="p-4">
            <h2 className="mb-3 text-sm font-semibold text-slate-900">Statistics</h2>
            <ArticleStats statistics={a.statistics} />
          </Card>
          <Card as="section" className="p-4">
            <Facts
              items={[
                ["Author", <AdminLink key="a" id={content.author_id} />],
                ["Created", formatDateTime(content.created_at)],
                ["Updated", formatDateTime(content.updated_at)],
                [
                  "Parent",
                  parent?.section ? (
                    <Link key="p" href={`/help-center/sections/${encodeURIComponent(parent.section.id)}`} className="text-brand-600 hover:underline">
                      {parent.section.name} (section)
                    </Link>
                  ) : parent?.collection ? (
                    <Link key="p" href={`/help-center/collections/${encodeURIComponent(parent.collection.id)}`} className="text-brand-600 hover:underline">
                      {parent.collection.name} (collection)
                    </Link>
                  ) : a.parent_id ? (
                    `${a.parent_type ?? "Parent"} ${a.parent_id}`
                  ) : (
                    "Standalone: in no collection"
                  ),
                ],
                ["URL", <ExternalLink key="u" href={content.url} />],
                ["Languages", locales.map(languageName).join(", ")],
                [
                  "Article id",
                  <code key="i" className="font-mono text-xs">
                    {a.id}
                  </code>,
                ],
              ]}
            />
          </Card>
        </aside>
      </div>
    </div>
  );
}
