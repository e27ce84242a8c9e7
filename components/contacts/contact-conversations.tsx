"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { htmlToText } from "@/lib/html/sanitize";
import { formatDateTime } from "@/lib/format/time";
import { contactQueries } from "@/lib/queries/contacts";
import { ErrorPanel } from "@/components/ui/error-panel";
import { Skeleton } from "@/components/ui/skeleton";
import { LoadMore } from "./load-more";
import { Empty, Section } from "./section";

const STATE_STYLE: Record<string, string> = {
  open: "bg-emerald-50 text-emerald-700",
  snoozed: "bg-amber-50 text-amber-700",
  closed: "bg-slate-100 text-slate-600",
};

/** The contact's conversations (POST /conversations/search on contact_ids), newest activity first, linked. */
export function ContactConversations({ contactId }: { contactId: string }) {
  const q = useInfiniteQuery(contactQueries.conversations(contactId));
  const conversations = q.data?.pages.flatMap((p) => p.conversations ?? []) ?? [];
  return (
    <Section title="Conversations" count={q.data?.pages[0]?.total_count} id="contact-conversations">
      {q.isPending ? (
        <Skeleton className="h-16 w-full" />
      ) : q.isError ? (
        <ErrorPanel error={q.error} title="Could not load conversations" onRetry={() => q.refetch()} />
      ) : conversations.length === 0 ? (
        <Empty>This contact has no conversations.</Empty>
      ) : (
        <>
          <ul className="divide-y divide-slate-100">
            {conversations.map((c) => {
              const title = c.title || c.source?.subject || htmlToText(c.source?.body).slice(0, 140) || `Conversation ${c.id}`;
              return (
                <li key={c.id} className="flex items-center gap-3 py-2 text-sm">
                  <Link href={`/conversations/${encodeURIComponent(c.id)}`} className="min-w-0 flex-1 truncate text-brand-600 hover:underline">
                    {title}
                  </Link>
                  {c.state && <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATE_STYLE[c.state] ?? STATE_STYLE.closed}`}>{c.state}</span>}
                  <span className="w-40 shrink-0 text-right text-xs text-slate-500">{formatDateTime(c.updated_at ?? c.created_at)}</span>
                </li>
              );
            })}
          </ul>
          <LoadMore hasMore={q.hasNextPage} loading={q.isFetchingNextPage} onMore={() => void q.fetchNextPage()} label="More conversations" />
        </>
      )}
    </Section>
  );
}
