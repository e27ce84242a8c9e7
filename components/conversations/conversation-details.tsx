"use client";

import { Card } from "@/components/ui/card";
import Link from "next/link";
import type { ReactNode } from "react";
import { statisticsRows } from "@/lib/conversations/format";
import { assigneeId, type NameBook } from "@/lib/conversations/thread";
import { DASH, formatDateTime, formatRelative } from "@/lib/format/time";
import type { Conversation, PartAuthor } from "@/lib/intercom/types/conversations";
import { PriorityBadge, RatingStars, StateBadge } from "./badges";
import { AdminLink, ContactLink, TeamLink } from "./links";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-800">{children}</dd>
    </div>
  );
}

function When({ unix }: { unix: number | null | undefined }) {
  if (!unix) return <span className="text-slate-400">{DASH}</span>;
  return (
    <span title={formatRelative(unix)} className="tabular-nums">
      {formatDateTime(unix)}
    </span>
  );
}

/** State, people, tags and dates: what a lead checks before reading the thread. */
export function ConversationSummary({ conversation: c, names, contacts }: { conversation: Conversation; names: NameBook; contacts: Map<string, PartAuthor> }) {
  const tags = c.tags?.tags ?? [];
  return (
    <Card as="section" aria-label="Conversation details" className="p-4">
      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 sm:grid-cols-3 lg:grid-cols-4">
        <Field label="State">
          <span className="flex items-center gap-2">
            <StateBadge state={c.state} />
            {c.read === false && <span className="text-xs text-slate-500">unread</span>}
          </span>
        </Field>
        <Field label="Priority">
          <PriorityBadge priority={c.priority} />
        </Field>
        <Field label="Assignee">
          <AdminLink id={assigneeId(c.admin_assignee_id)} names={names} />
        </Field>
        <Field label="Team">
          <TeamLink id={assigneeId(c.team_assignee_id)} names={names} />
        </Field>
        <Field label={(c.contacts?.contacts?.length ?? 0) > 1 ? "Contacts" : "Contact"}>
          <span className="flex flex-wrap gap-x-2">
            {(c.contacts?.contacts ?? []).map((ref) => {
              const who = contacts.get(ref.id);
              return <ContactLink key={ref.id} id={ref.id} label={who?.name || who?.email} />;
            })}
            {!c.contacts?.contacts?.length && <span className="text-slate-400">{DASH}</span>}
          </span>
        </Field>
        <Field label="Created">
          <When unix={c.created_at} />
        </Field>
        <Field label="Updated">
          <When unix={c.updated_at} />
        </Field>
        <Field label="Waiting since">
          {c.waiting_since ? <span className="text-amber-700">{formatRelative(c.waiting_since).replace(/ ago$/, "")}</span> : <span className="text-slate-400">Not waiting</span>}
        </Field>
        {c.snoozed_until ? (
          <Field label="Snoozed until">
            <When unix={c.snoozed_until} />
          </Field>
        ) : null}
        {c.ticket?.id && (
          <Field label="Ticket">
            <Link href={`/tickets/${encodeURIComponent(c.ticket.id)}`} className="font-medium text-brand-600 hover:underline" data-testid="ticket-link">
              Ticket {c.ticket.ticket_id ? `#${c.ticket.ticket_id}` : c.ticket.id}
            </Link>
          </Field>
        )}
        {c.sla_applied?.sla_name && (
          <Field label="SLA">
            {c.sla_applied.sla_name} <span className="text-xs text-slate-500">({c.sla_applied.sla_status ?? DASH})</span>
          </Field>
        )}
        <div className="col-span-full">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Tags</dt>
          <dd className="mt-1 flex flex-wrap gap-1.5">
            {tags.length === 0 && <span className="text-sm text-slate-400">No tags</span>}
            {tags.map((t) => (
              <Link
                key={t.id}
                href={`/conversations?tag=${encodeURIComponent(t.id)}`}
                className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-200"
                title="Conversations with this tag"
              >
                {t.name ?? t.id}
              </Link>
            ))}
          </dd>
        </div>
      </dl>
    </Card>
  );
}

export function StatisticsCard({ conversation }: { conversation: Conversation }) {
  const rows = statisticsRows(conversation.statistics);
  return (
    <Card as="section" aria-labelledby="stats-heading" className="p-4">
      <h2 id="stats-heading" className="text-sm font-semibold text-slate-900">
        Statistics
      </h2>
      {!conversation.statistics ? (
        <p className="mt-2 text-sm text-slate-500">Intercom returned no statistics for this conversation.</p>
      ) : (
        <dl className="mt-2 divide-y divide-slate-100" data-testid="statistics">
          {rows.map((r) => (
            <div key={r.key} className="flex items-baseline justify-between gap-3 py-1.5" title={r.detail}>
              <dt className="text-sm text-slate-600">{r.label}</dt>
              <dd className="text-sm font-medium tabular-nums text-slate-900">{r.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}

export function RatingCard({ conversation, names }: { conversation: Conversation; names: NameBook }) {
  const rating = conversation.conversation_rating;
  return (
    <Card as="section" aria-labelledby="rating-heading" className="p-4" data-testid="rating">
      <h2 id="rating-heading" className="text-sm font-semibold text-slate-900">
        Customer rating
      </h2>
      {!rating?.rating ? (
        <p className="mt-2 text-sm text-slate-500">Not rated.</p>
      ) : (
        <div className="mt-2 space-y-2 text-sm">
          <RatingStars rating={rating.rating} withWord />
          {rating.remark ? <blockquote className="border-l-2 border-slate-300 pl-3 text-slate-700">“{rating.remark}”</blockquote> : <p className="text-slate-500">No remark.</p>}
          <p className="text-slate-600">
            Rated teammate: <AdminLink id={rating.teammate?.id ?? null} names={names} fallback={DASH} />
          </p>
          <p className="text-xs text-slate-500">Rated {formatDateTime(rating.created_at)}</p>
        </div>
      )}
    </Card>
  );
}
