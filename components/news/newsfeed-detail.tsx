"use client";

import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { AdminLink } from "@/components/ui/admin-link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ErrorPanel, QueryFailure } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { formatDate } from "@/lib/format/time";
import { newsfeedQueries } from "@/lib/queries/news";
import { Labels } from "./news-bits";

export function NewsfeedDetail({ id }: { id: string }) {
  const feed = useQuery(newsfeedQueries.detail(id));
  const items = useQuery(newsfeedQueries.items(id));

  if (feed.isError) {
    return <QueryFailure error={feed.error} what="Newsfeed" id={id} backHref="/news" backLabel="All news" onRetry={() => feed.refetch()} />;
  }
  const published = (itemFeedTime: { newsfeed_assignments?: { newsfeed_id?: number | string | null; published_at?: number | null }[] | null }) =>
    itemFeedTime.newsfeed_assignments?.find((a) => String(a.newsfeed_id) === id)?.published_at ?? null;

  return (
    <div>
      <Breadcrumbs items={[{ href: "/news", label: "News" }, { label: feed.data?.name ?? id }]} />
      <PageHeader
        title={feed.data?.name ?? "Newsfeed"}
        description={items.data ? `${items.data.items.length} live ${items.data.items.length === 1 ? "item" : "items"} · created ${formatDate(feed.data?.created_at)}` : "Live items on this feed"}
      />
      {items.isError ? (
        <ErrorPanel error={items.error} title="Could not load this feed's items" onRetry={() => items.refetch()} />
      ) : items.isPending ? (
        <TableSkeleton rows={5} columns={4} />
      ) : items.data.items.length === 0 ? (
        <Card as="p" className="p-6 text-sm text-slate-500">
          Nothing is live on this newsfeed.
        </Card>
      ) : (
        <Card as="ul" className="divide-y divide-slate-100">
          {[...items.data.items]
            .sort((a, b) => (published(b) ?? 0) - (published(a) ?? 0))
            .map((item) => (
              <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
                <div className="min-w-0">
                  <Link href={`/news/${encodeURIComponent(item.id)}`} className="font-medium text-brand-600 hover:underline">
                    {item.title || `Untitled news item ${item.id}`}
                  </Link>
                  <p className="mt-0.5 text-xs text-slate-500">
                    From <AdminLink id={item.sender_id} /> · published {formatDate(published(item))}
                  </p>
                </div>
                <Labels labels={item.labels} />
              </li>
            ))}
        </Card>
      )}
    </div>
  );
}
