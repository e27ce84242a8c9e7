"use client";

import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo } from "react";
import { AdminLink, ContactLink, TeamLink } from "./links";
import { Timeline } from "./timeline";
import { TruncationBanner } from "./truncation-banner";
import { useNames } from "./use-names";
import { ErrorPanel, NotFoundPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { isMissing } from "@/lib/api/api-error";
import { isNumericId } from "@/lib/conversations/route-id";
import { attributeLabel, formatAttributeValue, ticketTypeAttributes } from "@/lib/conversations/ticket-attributes";
import { assigneeId, contactNames, missingParts, partsInOrder } from "@/lib/conversations/thread";
import { DASH, formatDateTime } from "@/lib/format/time";
import type { Ticket } from "@/lib/intercom/types/conversations";
import { ticketQueries } from "@/lib/queries/tickets";

const STATE_STYLE: Record<string, string> = {
  submitted: "bg-sky-50 text-sky-800 ring-sky-200",
  in_progress: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  waiting_on_customer: "bg-amber-50 text-amber-800 ring-amber-200",
  resolved: "bg-slate-100 text-slate-700 ring-slate-200",
};

export function TicketView({ id }: { id: string }) {
  const valid = isNumericId(id);
  const query = useQuery({ ...ticketQueries.detail(id), enabled: valid });
  const names = useNames();
  const thread = useMemo(() => partsInOrder(query.data?.ticket_parts?.ticket_parts ?? []), [query.data]);
  const contacts = useMemo(() => contactNames(thread), [thread]);

  if (!valid || isMissing(query.error)) return <NotFoundPanel what="Ticket" id={id} backHref="/conversations" backLabel="Back to conversations" />;
  if (query.isError) return <ErrorPanel error={query.error} title="Could not load this ticket" onRetry={() => query.refetch()} />;
  if (query.isPending)
    return (
      <div role="status" aria-label="Loading ticket" className="space-y-4">
        <Skeleton className="h-8 w-72" />
        <Skeleton className="h-40 w-full" />
      </div>
    );

  const t = query.data;
  const returned = t.ticket_parts?.ticket_parts?.length ?? 0;
  const missing = missingParts(returned, t.ticket_parts?.total_count);
  const title = formatAttributeValue(t.ticket_attributes?._default_title_);

  return (
    <div>
      <PageHeader
        title={
          <>
            Ticket {t.ticket_id ? `#${t.ticket_id}` : t.id}
            {title !== DASH && <span className="ml-2 font-normal text-slate-500">{title}</span>}
          </>
        }
        description={
          t.ticket_type ? (
            <>
              <span aria-hidden>{t.ticket_type.icon} </span>
              <Link href={`/ticket-types/${encodeURIComponent(t.ticket_type.id)}`} className="font-medium text-brand-600 hover:underline">
                {t.ticket_type.name ?? `Ticket type ${t.ticket_type.id}`}
              </Link>
              {t.ticket_type.is_internal ? " · back-office ticket" : t.is_shared === false ? " · not shared with the customer" : " · shared with the customer"}
            </>
          ) : undefined
        }
      />
      <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-3">
          {missing > 0 && <TruncationBanner missing={missing} returned={returned} />}
          <Timeline entries={thread} names={names} plaintext={false} />
        </div>
        <aside className="space-y-4 xl:sticky xl:top-20 xl:self-start">
          <TicketFacts ticket={t} names={names} contacts={contacts} />
          <TicketAttributes ticket={t} />
        </aside>
      </div>
    </div>
  );
}

function TicketFacts({ ticket: t, names, contacts }: { ticket: Ticket; names: ReturnType<typeof useNames>; contacts: ReturnType<typeof contactNames> }) {
  const state = t.ticket_state ?? "";
  return (
    <Card as="section" aria-label="Ticket details" className="p-4">
      <dl className="space-y-3 text-sm">
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">State</dt>
          <dd className="mt-1 flex flex-wrap items-center gap-2" data-testid="ticket-state">
            <span className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STATE_STYLE[state] ?? STATE_STYLE.resolved}`}>{t.ticket_state_internal_label || state || DASH}</span>
            <code className="text-xs text-slate-500">{state || DASH}</code>
          </dd>
          <dd className="mt-1 text-xs text-slate-500">
            Customers see: <span className="font-medium text-slate-700">{t.ticket_state_external_label || DASH}</span>
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Assignee</dt>
          <dd className="mt-0.5">
            <AdminLink id={assigneeId(t.admin_assignee_id)} names={names} /> · <TeamLink id={assigneeId(t.team_assignee_id)} names={names} />
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Contacts</dt>
          <dd className="mt-0.5 flex flex-wrap gap-x-2">
            {(t.contacts?.contacts ?? []).map((c) => (
              <ContactLink key={c.id} id={c.id} label={contacts.get(c.id)?.name ?? contacts.get(c.id)?.email} />
            ))}
            {!t.contacts?.contacts?.length && <span className="text-slate-400">{DASH}</span>}
          </dd>
        </div>
        <div className="flex gap-6">
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Created</dt>
            <dd className="mt-0.5 tabular-nums">{formatDateTime(t.created_at)}</dd>
          </div>
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Updated</dt>
            <dd className="mt-0.5 tabular-nums">{formatDateTime(t.updated_at)}</dd>
          </div>
        </div>
      </dl>
    </Card>
  );
}

function TicketAttributes({ ticket: t }: { ticket: Ticket }) {
  const values = t.ticket_attributes ?? {};
  const defs = ticketTypeAttributes(t.ticket_type);
  const known = new Set(defs.map((d) => d.name));
  const rows = [
    ...defs.filter((d) => d.name && (d.name in values || !d.archived)).map((d) => ({ key: d.id, label: attributeLabel(d.name), value: formatAttributeValue(values[d.name!], d.data_type) })),
    ...Object.keys(values)
      .filter((k) => !known.has(k))
      .map((k) => ({ key: k, label: attributeLabel(k), value: formatAttributeValue(values[k]) })),
  ];
  return (
    <Card as="section" aria-labelledby="ticket-attributes" className="p-4">
      <h2 id="ticket-attributes" className="text-sm font-semibold text-slate-900">
        Attributes
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">No attributes.</p>
      ) : (
        <dl className="mt-2 divide-y divide-slate-100" data-testid="ticket-attributes">
          {rows.map((r) => (
            <div key={r.key} className="py-1.5">
              <dt className="text-xs text-slate-500">{r.label}</dt>
              <dd className="whitespace-pre-wrap break-words text-sm text-slate-800">{r.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}
