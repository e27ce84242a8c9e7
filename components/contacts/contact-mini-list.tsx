"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { SearchFilter } from "@/lib/intercom/search-body";
import { DASH, formatRelative } from "@/lib/format/time";
import { contactQueries } from "@/lib/queries/contacts";
import { ErrorPanel } from "@/components/ui/query-state";
import { Skeleton } from "@/components/ui/skeleton";
import { RoleBadge } from "@/components/ui/role-badge";
import { LoadMore } from "@/components/ui/load-more";
import { Empty, Section } from "@/components/ui/section";

/** Contacts matching one search filter, as a compact linked list with "load more". */
export function ContactMiniList({ title, filter, empty, id }: { title: string; filter: SearchFilter; empty: string; id?: string }) {
  const q = useInfiniteQuery(contactQueries.where(filter));
  const contacts = q.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Section title={title} count={q.data?.pages[0]?.total_count} id={id}>
      {q.isPending ? (
        <Skeleton className="h-24 w-full" />
      ) : q.isError ? (
        <ErrorPanel error={q.error} title="Could not load contacts" onRetry={() => q.refetch()} />
      ) : contacts.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <>
          <ul className="divide-y divide-slate-100 text-sm">
            {contacts.map((c) => (
              <li key={c.id} className="flex items-center gap-3 py-1.5">
                <Link href={`/contacts/${encodeURIComponent(c.id)}`} className="min-w-0 flex-1 truncate text-brand-600 hover:underline">
                  {c.name || c.email || c.id}
                </Link>
                <span className="hidden min-w-0 flex-1 truncate text-slate-500 sm:block">{c.email || DASH}</span>
                <RoleBadge role={c.role} />
                <span className="w-28 text-right text-xs text-slate-500">{formatRelative(c.last_seen_at)}</span>
              </li>
            ))}
          </ul>
          <LoadMore hasMore={q.hasNextPage} loading={q.isFetchingNextPage} onMore={() => void q.fetchNextPage()} />
        </>
      )}
    </Section>
  );
}
