"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatAttribute } from "@/lib/contacts/format-attribute";
import { DASH, formatDate, formatDateTime, formatNumber } from "@/lib/format/time";
import { contactQueries } from "@/lib/queries/contacts";
import { SegmentChips } from "@/components/ui/segment-chips";
import { ErrorPanel } from "@/components/ui/query-state";
import { SafeHtml } from "@/components/ui/safe-html";
import { Skeleton } from "@/components/ui/skeleton";
import { LoadMore } from "@/components/ui/load-more";
import { Empty, Section } from "@/components/ui/section";
import { TeammateLink } from "@/components/ui/teammate-link";

/** The sections of /contacts/[id] that each read one sub-resource of the contact. */

function Loading() {
  return <Skeleton className="h-12 w-full" />;
}

export function ContactCompanies({ contactId }: { contactId: string }) {
  const q = useInfiniteQuery(contactQueries.companies(contactId));
  const companies = q.data?.pages.flatMap((p) => p.data ?? p.companies ?? []) ?? [];
  return (
    <Section title="Companies" count={q.data?.pages[0]?.total_count} id="contact-companies">
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorPanel error={q.error} title="Could not load companies" />
      ) : companies.length === 0 ? (
        <Empty>Not part of any company.</Empty>
      ) : (
        <>
          <ul className="space-y-2 text-sm">
            {companies.map((c) => (
              <li key={c.id} className="flex items-baseline justify-between gap-2">
                <Link href={`/companies/${encodeURIComponent(c.id)}`} className="font-medium text-brand-600 hover:underline">
                  {c.name || c.company_id || c.id}
                </Link>
                <span className="text-xs text-slate-500">
                  {[c.plan && "name" in c.plan ? c.plan.name : null, c.user_count !== null && c.user_count !== undefined ? `${formatNumber(c.user_count)} people` : null].filter(Boolean).join(" · ") ||
                    DASH}
                </span>
              </li>
            ))}
          </ul>
          <LoadMore hasMore={q.hasNextPage} loading={q.isFetchingNextPage} onMore={() => void q.fetchNextPage()} />
        </>
      )}
    </Section>
  );
}

export function ContactTags({ contactId }: { contactId: string }) {
  const q = useQuery(contactQueries.tags(contactId));
  const tags = q.data?.data ?? [];
  return (
    <Section title="Tags" count={q.data ? tags.length : undefined} id="contact-tags">
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorPanel error={q.error} title="Could not load tags" />
      ) : tags.length === 0 ? (
        <Empty>No tags.</Empty>
      ) : (
        <ul className="space-y-2 text-sm">
          {tags.map((t) => (
            <li key={t.id}>
              <Link href={`/tags/${encodeURIComponent(t.id)}`} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-200">
                {t.name || t.id}
              </Link>
              <span className="ml-2 text-xs text-slate-500">
                {t.applied_by?.id ? (
                  <>
                    by <TeammateLink id={t.applied_by.id} />
                  </>
                ) : null}{" "}
                {t.applied_at ? `on ${formatDate(t.applied_at)}` : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function ContactSegments({ contactId }: { contactId: string }) {
  const q = useQuery(contactQueries.segments(contactId));
  const segments = q.data?.data ?? [];
  return (
    <Section title="Segments" count={q.data ? segments.length : undefined} id="contact-segments">
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorPanel error={q.error} title="Could not load segments" />
      ) : segments.length === 0 ? (
        <Empty>In no segment.</Empty>
      ) : (
        <SegmentChips segments={segments} />
      )}
    </Section>
  );
}

export function ContactSubscriptions({ contactId }: { contactId: string }) {
  const q = useQuery(contactQueries.subscriptions(contactId));
  const subs = q.data?.data ?? [];
  return (
    <Section title="Subscriptions" id="contact-subscriptions">
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorPanel error={q.error} title="Could not load subscriptions" />
      ) : subs.length === 0 ? (
        <Empty>No explicit opt-in or opt-out: every subscription type applies its default.</Empty>
      ) : (
        <ul className="space-y-1.5 text-sm">
          {subs.map((s) => {
            // Intercom lists only explicit choices: an opt-out type here means opted out, an opt-in type opted in.
            const optedIn = s.consent_type === "opt_in";
            return (
              <li key={s.id} className="flex items-center justify-between gap-2">
                <span className="text-slate-800">
                  {s.default_translation?.name || `Subscription ${s.id}`}
                  <span className="ml-1 text-xs text-slate-400">{(s.content_types ?? []).map((t) => (t === "sms_message" ? "SMS" : t)).join(", ")}</span>
                </span>
                <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${optedIn ? "bg-emerald-50 text-emerald-700" : "bg-red-50 text-red-700"}`}>{optedIn ? "Opted in" : "Opted out"}</span>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}

export function ContactNotes({ contactId }: { contactId: string }) {
  const q = useInfiniteQuery(contactQueries.notes(contactId));
  const notes = q.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Section title="Notes" count={q.data?.pages[0]?.total_count} id="contact-notes">
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorPanel error={q.error} title="Could not load notes" />
      ) : notes.length === 0 ? (
        <Empty>No teammate has left a note on this contact.</Empty>
      ) : (
        <>
          <ul className="space-y-3">
            {notes.map((n) => (
              <li key={n.id} className="rounded-md border border-amber-100 bg-amber-50/50 p-3">
                <div className="mb-1 flex flex-wrap items-baseline justify-between gap-2 text-xs text-slate-500">
                  <span>
                    <TeammateLink id={n.author?.id} fallbackName={n.author?.name} /> · {formatDateTime(n.created_at)}
                  </span>
                  <Link href={`/notes/${encodeURIComponent(n.id)}`} className="text-brand-600 hover:underline">
                    Open note
                  </Link>
                </div>
                <SafeHtml html={n.body} className="text-sm text-slate-800" />
              </li>
            ))}
          </ul>
          <LoadMore hasMore={q.hasNextPage} loading={q.isFetchingNextPage} onMore={() => void q.fetchNextPage()} />
        </>
      )}
    </Section>
  );
}

function isoToUnix(iso: string | null | undefined): number | null {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(ms) ? ms / 1000 : null;
}

export function ContactEvents({ contactId }: { contactId: string }) {
  const q = useQuery(contactQueries.events(contactId));
  const events = q.data?.events ?? [];
  return (
    <Section title="Events (last 90 days)" count={q.data ? events.length : undefined} id="contact-events">
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorPanel error={q.error} title="Could not load events" />
      ) : events.length === 0 ? (
        <Empty>No events in the last 90 days.</Empty>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th className="py-1 pr-3 font-medium">Event</th>
              <th className="px-3 py-1 text-right font-medium">Count</th>
              <th className="px-3 py-1 font-medium">First</th>
              <th className="py-1 pl-3 font-medium">Last</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {events.map((e, i) => (
              <tr key={`${e.name ?? "event"}-${i}`}>
                <td className="py-1.5 pr-3">
                  <span className="font-mono text-xs text-slate-800">{e.name || DASH}</span>
                  {e.description && <span className="block text-xs text-slate-500">{e.description}</span>}
                </td>
                <td className="px-3 py-1.5 text-right tabular-nums">{formatAttribute(e.count)}</td>
                <td className="px-3 py-1.5 text-slate-600">{formatDate(isoToUnix(e.first))}</td>
                <td className="py-1.5 pl-3 text-slate-600">{formatDateTime(isoToUnix(e.last))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
