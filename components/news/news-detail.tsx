"use client";

import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import { AdminLink } from "@/components/ui/admin-link";
import { StateBadge } from "@/components/ui/state-badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Facts } from "@/components/ui/facts";
import { QueryFailure } from "@/components/ui/query-state";
import { SafeHtml } from "@/components/ui/safe-html";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDateTime } from "@/lib/format/time";
import { newsQueries } from "@/lib/queries/news";
import { FeedLinks, Labels, publishedAt } from "./news-bits";
import { useNewsfeedNames } from "./newsfeed-names";

export function NewsDetail({ id }: { id: string }) {
  const item = useQuery(newsQueries.detail(id));
  const feedNames = useNewsfeedNames();

  if (item.isError) {
    return <QueryFailure error={item.error} what="News item" id={id} backHref="/news" backLabel="All news" onRetry={() => item.refetch()} />;
  }
  const n = item.data;
  if (!n) {
    return (
      <div role="status" aria-label="Loading" className="space-y-4">
        <Skeleton className="h-9 w-96" />
        <Skeleton className="h-48 w-full" />
      </div>
    );
  }
  const reactions = (n.reactions ?? []).filter((r): r is string => Boolean(r));

  return (
    <div>
      <Breadcrumbs items={[{ href: "/news", label: "News" }, { label: n.title || `News item ${n.id}` }]} />
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{n.title || `Untitled news item ${n.id}`}</h1>
        <StateBadge state={n.state} />
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <Card as="article" className="min-w-0 p-6 text-[15px] leading-relaxed text-slate-800">
          {n.cover_image_url && <SafeHtml html={`<p><img src="${n.cover_image_url.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" alt="Cover image"></p>`} className="mb-3" />}
          {n.body ? <SafeHtml html={n.body} /> : <p className="text-sm text-slate-500">This news item has no body.</p>}
        </Card>
        <Card as="aside" className="h-fit p-4">
          <Facts
            items={[
              ["Sender", <AdminLink key="s" id={n.sender_id} />],
              ["Newsfeeds", <FeedLinks key="f" item={n} names={feedNames} />],
              ["Labels", <Labels key="l" labels={n.labels} />],
              ["Reactions offered", reactions.length ? reactions.join(" ") : "—"],
              ["Delivery", n.deliver_silently ? "Silent (no notification)" : "With a notification"],
              ["Published", formatDateTime(publishedAt(n))],
              ["Created", formatDateTime(n.created_at)],
              ["Updated", formatDateTime(n.updated_at)],
            ]}
          />
        </Card>
      </div>
    </div>
  );
}
