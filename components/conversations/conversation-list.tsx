"use client";

import { Card } from "@/components/ui/card";
import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo } from "react";
import { ErrorPanel } from "@/components/ui/query-state";
import { TableSkeleton } from "@/components/ui/skeleton";
import type { ConversationFilters } from "@/lib/conversations/search-filters";
import { assigneeId, type NameBook } from "@/lib/conversations/thread";
import { formatDateTime, formatNumber, formatRelative } from "@/lib/format/time";
import { htmlToText } from "@/lib/html/sanitize";
import type { ConversationListItem } from "@/lib/intercom/types/conversations";
import { conversationQueries } from "@/lib/queries/conversations";
import { PriorityBadge, RatingStars, StateBadge } from "./badges";
import { AdminLink, ContactLink, TeamLink } from "./links";
import { useNames } from "./use-names";

const PREVIEW_LENGTH = 120;

function preview(item: ConversationListItem): string {
  const subject = item.title || htmlToText(item.source?.subject);
  const body = htmlToText(item.source?.body);
  const text = subject && body ? `${subject} — ${body}` : subject || body;
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
}

/**
 * Conversations, newest first, with "load more" by cursor. `filters` come from the page's URL;
 * `fixed` filters always apply (a contact page passes `{ contact: id }`) and hide their column.
 */
export function ConversationList({
  filters = {},
  fixed = {},
  emptyText = "No conversations match these filters.",
}: {
  filters?: ConversationFilters;
  fixed?: ConversationFilters;
  emptyText?: string;
}) {
  const merged = useMemo(() => ({ ...filters, ...fixed }), [filters, fixed]);
  const query = useInfiniteQuery(conversationQueries.list(merged));
  const names = useNames();
  const showContact = !fixed.contact;

  if (query.isPending) return <TableSkeleton rows={10} columns={8} />;
  if (!query.data) return <ErrorPanel error={query.error} title="Could not load conversations" onRetry={() => query.refetch()} />;

  const rows = query.data.pages.flatMap((p) => p.conversations ?? []);
  const total = query.data.pages[0]?.total_count;
  if (rows.length === 0)
    return (
      <Card as="p" className="p-6 text-sm text-slate-600">
        {emptyText}
      </Card>
    );

  return (
    <div className="space-y-3">
      <Card className="relative overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="conversation-table">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-500">
            <tr>
              <th className="px-3 py-2">Id</th>
              <th className="px-3 py-2">First message</th>
              {showContact && <th className="px-3 py-2">Contact</th>}
              <th className="px-3 py-2">Assignee</th>
              <th className="px-3 py-2">Team</th>
              <th className="px-3 py-2">State</th>
              <th className="px-3 py-2">Priority</th>
              <th className="px-3 py-2">Created</th>
              <th className="px-3 py-2">Updated</th>
              <th className="px-3 py-2">Rating</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((c) => (
              <Row key={c.id} item={c} names={names} showContact={showContact} />
            ))}
          </tbody>
        </table>
      </Card>
      <div className="flex items-center justify-between text-sm text-slate-500">
        <span data-testid="conversation-count">
          Showing {formatNumber(rows.length)}
          {typeof total === "number" ? ` of ${formatNumber(total)}` : ""} conversations
        </span>
        {query.hasNextPage && (
          <button
            type="button"
            onClick={() => query.fetchNextPage()}
            disabled={query.isFetchingNextPage}
            className="rounded-md border border-slate-300 bg-card px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
          >
            {query.isFetchingNextPage ? "Loading…" : "Load more"}
          </button>
        )}
      </div>
      {query.isFetchNextPageError && <ErrorPanel error={query.error} title="Could not load more conversations" onRetry={() => query.fetchNextPage()} />}
    </div>
  );
}

function Row({ item, names, showContact }: { item: ConversationListItem; names: NameBook; showContact: boolean }) {
  const contact = item.contacts?.contacts?.[0];
  const author = item.source?.author;
  const contactLabel = contact && author?.id === contact.id ? author.name || author.email : null;
  const extra = (item.contacts?.contacts?.length ?? 0) - 1;
  return (
    <tr className="align-top hover:bg-slate-50" data-testid="conversation-row" data-state={item.state ?? ""}>
      <td className="px-3 py-2 font-mono text-xs">
        <Link href={`/conversations/${encodeURIComponent(item.id)}`} className="text-brand-600 hover:underline">
          {item.id}
        </Link>
        {item.ticket?.id && <span className="ml-1 rounded bg-violet-50 px-1 text-[10px] font-sans font-medium text-violet-700">Ticket</span>}
      </td>
      <td className="max-w-md px-3 py-2 text-slate-700">
        <Link href={`/conversations/${encodeURIComponent(item.id)}`} className="line-clamp-2 hover:text-slate-900">
          {preview(item) || <span className="text-slate-400">No message text</span>}
        </Link>
      </td>
      {showContact && (
        <td className="whitespace-nowrap px-3 py-2">
          {contact ? <ContactLink id={contact.id} label={contactLabel} /> : <span className="text-slate-400">—</span>}
          {extra > 0 && <span className="ml-1 text-xs text-slate-500">+{extra}</span>}
        </td>
      )}
      <td className="whitespace-nowrap px-3 py-2">
        <AdminLink id={assigneeId(item.admin_assignee_id)} names={names} />
      </td>
      <td className="whitespace-nowrap px-3 py-2">
        <TeamLink id={assigneeId(item.team_assignee_id)} names={names} fallback="—" />
      </td>
      <td className="px-3 py-2">
        <StateBadge state={item.state} />
      </td>
      <td className="whitespace-nowrap px-3 py-2">
        <PriorityBadge priority={item.priority} />
      </td>
      <td className="whitespace-nowrap px-3 py-2 text-slate-600" title={formatDateTime(item.created_at)}>
        {formatRelative(item.created_at)}
      </td>
      <td className="whitespace-nowrap px-3 py-2 text-slate-600" title={formatDateTime(item.updated_at)}>
        {formatRelative(item.updated_at)}
      </td>
      <td className="px-3 py-2">
        <RatingStars rating={item.conversation_rating?.rating} />
      </td>
    </tr>
  );
}
