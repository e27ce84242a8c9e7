"use client";

import { Select } from "@/components/ui/field";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { useMemo } from "react";
import { AdminLink } from "@/components/ui/admin-link";
import { StateBadge } from "@/components/ui/state-badge";
import { ErrorPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { formatDate } from "@/lib/format/time";
import { newsfeedQueries, newsQueries } from "@/lib/queries/news";
import { FeedLinks, Labels, publishedAt } from "./news-bits";
import { useNewsfeedNames } from "./newsfeed-names";
import { EmptyNote, TableCard } from "@/components/ui/table-card";

export function NewsList() {
  const [filters, setFilters] = useQueryStates({ state: parseAsStringLiteral(["live", "draft"] as const), feed: parseAsString, label: parseAsString });
  const news = useQuery(newsQueries.list());
  const feeds = useQuery(newsfeedQueries.list());
  const feedNames = useNewsfeedNames();

  const items = useMemo(() => news.data?.items ?? [], [news.data]);
  const labels = useMemo(() => [...new Set(items.flatMap((i) => (i.labels ?? []).filter((l): l is string => Boolean(l))))].sort(), [items]);
  const shown = useMemo(
    () =>
      items
        .filter((i) => !filters.state || i.state === filters.state)
        .filter((i) => !filters.feed || (i.newsfeed_assignments ?? []).some((a) => String(a.newsfeed_id) === filters.feed))
        .filter((i) => !filters.label || (i.labels ?? []).includes(filters.label))
        .sort((a, b) => (b.updated_at ?? 0) - (a.updated_at ?? 0)),
    [items, filters],
  );

  return (
    <div>
      <PageHeader title="News" description={news.data ? `${shown.length} of ${items.length} news items` : "Announcements published to your newsfeeds"} />
      {feeds.data && feeds.data.items.length > 0 && (
        <p className="-mt-3 mb-4 flex flex-wrap gap-x-3 text-sm text-slate-600">
          Newsfeeds:
          {feeds.data.items.map((f) => (
            <Link key={f.id} href={`/news/newsfeeds/${encodeURIComponent(f.id)}`} className="text-brand-600 hover:underline">
              {f.name ?? `Newsfeed ${f.id}`}
            </Link>
          ))}
        </p>
      )}
      <div className="mb-4 flex flex-wrap gap-2">
        <Select aria-label="State" value={filters.state ?? ""} onChange={(e) => void setFilters({ state: (e.target.value || null) as "live" | "draft" | null })}>
          <option value="">Any state</option>
          <option value="live">Live</option>
          <option value="draft">Draft</option>
        </Select>
        <Select aria-label="Newsfeed" value={filters.feed ?? ""} onChange={(e) => void setFilters({ feed: e.target.value || null })}>
          <option value="">Any newsfeed</option>
          {(feeds.data?.items ?? []).map((f) => (
            <option key={f.id} value={f.id}>
              {f.name ?? `Newsfeed ${f.id}`}
            </option>
          ))}
        </Select>
        <Select aria-label="Label" value={filters.label ?? ""} onChange={(e) => void setFilters({ label: e.target.value || null })}>
          <option value="">Any label</option>
          {labels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </Select>
      </div>
      {news.isError ? (
        <ErrorPanel error={news.error} title="Could not load the news" onRetry={() => news.refetch()} />
      ) : news.isPending ? (
        <TableSkeleton rows={8} columns={6} />
      ) : shown.length === 0 ? (
        <EmptyNote>{items.length === 0 ? "This workspace has no news items." : "No news item matches these filters."}</EmptyNote>
      ) : (
        <TableCard columns={[{ label: "Title" }, { label: "State" }, { label: "Sender" }, { label: "Newsfeeds" }, { label: "Labels" }, { label: "Published" }, { label: "Updated" }]}>
          {shown.map((item) => (
            <tr key={item.id} className="hover:bg-slate-50">
              <td className="max-w-sm px-4 py-2">
                <Link href={`/news/${encodeURIComponent(item.id)}`} className="font-medium text-brand-600 hover:underline">
                  {item.title || `Untitled news item ${item.id}`}
                </Link>
              </td>
              <td className="px-4 py-2">
                <StateBadge state={item.state} />
              </td>
              <td className="px-4 py-2">
                <AdminLink id={item.sender_id} />
              </td>
              <td className="px-4 py-2">
                <FeedLinks item={item} names={feedNames} />
              </td>
              <td className="px-4 py-2">
                <Labels labels={item.labels} />
              </td>
              <td className="whitespace-nowrap px-4 py-2 text-slate-600">{formatDate(publishedAt(item))}</td>
              <td className="whitespace-nowrap px-4 py-2 text-slate-600">{formatDate(item.updated_at)}</td>
            </tr>
          ))}
        </TableCard>
      )}
    </div>
  );
}
