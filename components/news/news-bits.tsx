import Link from "next/link";
import type { NewsItem } from "@/lib/intercom/types/content";

/** The newsfeeds an item is published to, each linking to its feed. */
export function FeedLinks({ item, names }: { item: NewsItem; names: Map<string, string> }) {
  const assignments = item.newsfeed_assignments ?? [];
  if (assignments.length === 0) return <span className="text-slate-400">Not published</span>;
  return (
    <span className="flex flex-wrap gap-x-2">
      {assignments.map((a) => {
        const id = String(a.newsfeed_id ?? "");
        return (
          <Link key={id} href={`/news/newsfeeds/${encodeURIComponent(id)}`} className="text-brand-600 hover:underline">
            {names.get(id) ?? `Newsfeed ${id}`}
          </Link>
        );
      })}
    </span>
  );
}

export function Labels({ labels }: { labels: NewsItem["labels"] }) {
  const list = (labels ?? []).filter((l): l is string => Boolean(l));
  if (list.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {list.map((l) => (
        <span key={l} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
          {l}
        </span>
      ))}
    </span>
  );
}

/** First time the item went live on any feed. */
export function publishedAt(item: NewsItem): number | null {
  const times = (item.newsfeed_assignments ?? []).map((a) => a.published_at ?? 0).filter((t) => t > 0);
  return times.length ? Math.min(...times) : null;
}
