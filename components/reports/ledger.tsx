"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import { useVirtualizer } from "@tanstack/react-virtual";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { parseAsBoolean, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { memo, useCallback, useRef } from "react";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { FOCUS_RING } from "@/components/ui/focus";
import { PageHeader } from "@/components/ui/page-header";
import { ErrorPanel } from "@/components/ui/query-state";
import { Skeleton } from "@/components/ui/skeleton";
import { DASH, formatDateTime, formatDuration, formatNumber } from "@/lib/format/time";
import { METRICS, SLA_STATUSES, STATES, type ConversationFact } from "@/lib/reports/facts";
import { ledgerQuery, SORTABLE, type SortColumn } from "@/lib/reports/ledger-filter";
import type { NameMaps } from "@/lib/reports/ledger-csv";
import { reportQueries } from "@/lib/queries/reports";
import { Freshness } from "./freshness";
import { ReportFilters } from "./report-filters";

const PAGE = 100;
const ROW_HEIGHT = 40;
const COLUMNS = "grid grid-cols-[7rem_9.5rem_5rem_8rem_9rem_minmax(8rem,1fr)_6rem_6rem_6rem_6rem_4.5rem_4rem_5.5rem] gap-2";

const ledgerParams = {
  from: parseAsString,
  to: parseAsString,
  team: parseAsString,
  admin: parseAsString,
  tag: parseAsString,
  state: parseAsStringLiteral(STATES),
  sla: parseAsStringLiteral(SLA_STATUSES),
  rating: parseAsString,
  reopened: parseAsBoolean.withDefault(false),
  sort: parseAsStringLiteral(SORTABLE).withDefault("created_at"),
  dir: parseAsStringLiteral(["asc", "desc"] as const).withDefault("desc"),
};

const HEADERS: { id: string; label: string; sort?: SortColumn; right?: boolean }[] = [
  { id: "id", label: "Conversation" },
  { id: "created_at", label: "Created", sort: "created_at" },
  { id: "state", label: "State" },
  { id: "team", label: "Team" },
  { id: "admin", label: "Teammate" },
  { id: "tags", label: "Tags" },
  ...METRICS.map((m) => ({ id: m.key, label: m.label, sort: m.key, right: true })),
  { id: "count_reopens", label: "Reopens", sort: "count_reopens", right: true },
  { id: "rating", label: "Rating", sort: "rating", right: true },
  { id: "sla", label: "SLA" },
];

const SLA_TONE = { hit: "success", missed: "danger", cancelled: "neutral", active: "info" } as const;

/**
 * One row per conversation, sorted and filtered in the store and fetched a page at a time as the
 * list scrolls: 100,000 rows never travel to the browser at once, and only those on screen are in
 * the DOM.
 */
export function ConversationLedger() {
  const [p, setP] = useQueryStates(ledgerParams, { history: "replace" });
  const ratings = (p.rating ?? "")
    .split(",")
    .map(Number)
    .filter((n) => n >= 1 && n <= 5);
  const q = ledgerQuery({ from: p.from, to: p.to, team: p.team, admin: p.admin, tag: p.tag, state: p.state, sla: p.sla, ratings, reopened: p.reopened }, { column: p.sort, dir: p.dir });
  const first = useQuery(reportQueries.ledgerPage(q, 0, PAGE));
  const total = first.data?.total ?? 0;
  const names: NameMaps | undefined = first.data?.names;
  const sortBy = (column: SortColumn) => void setP({ sort: column, dir: p.sort === column && p.dir === "desc" ? "asc" : "desc" });
  const exportQuery = ledgerQuery({ from: p.from, to: p.to, team: p.team, admin: p.admin, tag: p.tag, state: p.state, sla: p.sla, ratings, reopened: p.reopened }, { column: p.sort, dir: p.dir });

  return (
    <>
      <PageHeader
        title="Conversation ledger"
        description="One row per conversation with its timings, reopens, rating and SLA, from Lens's store. Select a row to read the thread."
        actions={
          <a className={buttonClass({ size: "sm" })} href={`/api/reports/conversations/export?${exportQuery.toString()}`} download>
            Download CSV ({formatNumber(total)} rows)
          </a>
        }
      />
      <ReportFilters values={p} names={names} onChange={(patch) => void setP(patch)}>
        <Field label="State" htmlFor="ledger-state">
          <Select id="ledger-state" value={p.state ?? ""} onChange={(e) => void setP({ state: (e.target.value || null) as (typeof STATES)[number] | null })}>
            <option value="">All</option>
            {STATES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </Select>
        </Field>
        <Field label="SLA" htmlFor="ledger-sla">
          <Select id="ledger-sla" value={p.sla ?? ""} onChange={(e) => void setP({ sla: (e.target.value || null) as (typeof SLA_STATUSES)[number] | null })}>
            <option value="">All</option>
            {SLA_STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </Select>
        </Field>
        <Field label="Rating" htmlFor="ledger-rating">
          <Select id="ledger-rating" value={p.rating ?? ""} onChange={(e) => void setP({ rating: e.target.value || null })}>
            <option value="">All</option>
            <option value="1,2">Low (1–2)</option>
            {[1, 2, 3, 4, 5].map((r) => (
              <option key={r} value={String(r)}>
                {r}
              </option>
            ))}
          </Select>
        </Field>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" checked={p.reopened} onChange={(e) => void setP({ reopened: e.target.checked || null })} />
          Reopened only
        </label>
      </ReportFilters>
      {first.isError ? (
        <ErrorPanel error={first.error} title="The ledger could not be loaded" onRetry={() => void first.refetch()} />
      ) : !first.data ? (
        <Skeleton className="h-96 w-full" />
      ) : (
        <div className="space-y-3">
          <Freshness fresh={first.data} />
          <p className="text-sm text-muted-foreground" data-testid="ledger-total">
            {formatNumber(total)} conversations match.
          </p>
          <Card className="overflow-hidden" role="table" aria-label="Conversations" aria-rowcount={total + 1}>
            <div className="overflow-x-auto">
              <div className="min-w-[88rem]">
                <div role="row" className={`${COLUMNS} border-b border-border bg-muted px-3 py-2 text-xs font-medium text-muted-foreground`}>
                  {HEADERS.map((h) => {
                    const current = h.sort && p.sort === h.sort ? p.dir : null;
                    return (
                      <span
                        key={h.id}
                        role="columnheader"
                        aria-sort={h.sort ? (current === "asc" ? "ascending" : current === "desc" ? "descending" : "none") : undefined}
                        className={h.right ? "text-right" : undefined}
                      >
                        {h.sort ? (
                          <button type="button" className={`rounded hover:text-foreground ${FOCUS_RING}`} onClick={() => sortBy(h.sort!)}>
                            {h.label} <span aria-hidden>{current === "asc" ? "▲" : current === "desc" ? "▼" : ""}</span>
                          </button>
                        ) : (
                          h.label
                        )}
                      </span>
                    );
                  })}
                </div>
                <LedgerRows query={q.toString()} total={total} firstRows={first.data.rows} names={names} />
              </div>
            </div>
          </Card>
        </div>
      )}
    </>
  );
}

/**
 * The scrolling part on its own, so a scroll re-renders the visible rows only, not the filters and
 * headers; pages after the first are fetched as they come into view.
 */
function LedgerRows({ query, total, firstRows, names }: { query: string; total: number; firstRows: ConversationFact[]; names: NameMaps | undefined }) {
  const router = useRouter();
  const scrollRef = useRef<HTMLDivElement>(null);
  const q = new URLSearchParams(query);
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  // Pages are fetched half a page ahead of the rows in view, so rows scroll in with their data instead of a page's worth mounting at once when it lands.
  const lastIndex = Math.min(total - 1, (items.at(-1)?.index ?? 0) + PAGE / 2);
  const pages = [...new Set([...items.map((i) => Math.floor(i.index / PAGE)), Math.floor(lastIndex / PAGE)])].filter((n) => n > 0);
  const rest = useQueries({ queries: pages.map((n) => reportQueries.ledgerPage(q, n * PAGE, PAGE)) });
  const rowAt = (index: number): ConversationFact | undefined => {
    const n = Math.floor(index / PAGE);
    return n === 0 ? firstRows[index] : rest[pages.indexOf(n)]?.data?.rows[index - n * PAGE];
  };
  const open = useCallback((id: string) => router.push(`/conversations/${encodeURIComponent(id)}`), [router]);
  return (
    <div ref={scrollRef} className="max-h-[70vh] overflow-y-auto" data-testid="ledger-rows">
      {total === 0 ? (
        <p className="p-8 text-center text-sm text-muted-foreground">No conversations match these filters.</p>
      ) : (
        <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            return (
              <div key={item.key} role="row" aria-rowindex={item.index + 2} className="absolute inset-x-0" style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}>
                {row ? <LedgerRow row={row} names={names} onOpen={open} /> : <div className="mx-3 my-2 h-6 animate-pulse rounded bg-muted" />}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}

const LedgerRow = memo(function LedgerRow({ row, names, onOpen }: { row: ConversationFact; names: NameMaps | undefined; onOpen: (id: string) => void }) {
  return (
    <div
      className={`${COLUMNS} h-10 cursor-pointer items-center border-b border-border px-3 text-sm hover:bg-muted/60`}
      onClick={() => onOpen(row.id)}
      data-testid="ledger-row"
      data-team={row.team_id ?? ""}
      data-admin={row.admin_id ?? ""}
      data-rating={row.rating ?? ""}
    >
      <span role="cell" className="truncate font-mono text-xs">
        <Link href={`/conversations/${encodeURIComponent(row.id)}`} prefetch={false} className="text-brand-700 hover:underline" onClick={(e) => e.stopPropagation()}>
          {row.id}
        </Link>
      </span>
      <span role="cell" className="tabular-nums text-muted-foreground">
        {formatDateTime(row.created_at)}
      </span>
      <span role="cell">{row.state}</span>
      <span role="cell" className="truncate">
        {row.team_id ? (names?.teams[row.team_id] ?? row.team_id) : DASH}
      </span>
      <span role="cell" className="truncate">
        {row.admin_id ? (names?.admins[row.admin_id] ?? row.admin_id) : DASH}
      </span>
      <span role="cell" className="truncate" title={row.tag_ids.map((t) => names?.tags[t] ?? t).join(", ")}>
        {row.tag_ids.length ? row.tag_ids.map((t) => names?.tags[t] ?? t).join(", ") : DASH}
      </span>
      {METRICS.map((m) => (
        <span key={m.key} role="cell" className="text-right tabular-nums">
          {formatDuration(row[m.key])}
        </span>
      ))}
      <span role="cell" className="text-right tabular-nums">
        {row.count_reopens}
      </span>
      <span role="cell" className="text-right tabular-nums">
        {row.rating ?? DASH}
      </span>
      <span role="cell">{row.sla_status ? <Badge tone={SLA_TONE[row.sla_status as keyof typeof SLA_TONE] ?? "neutral"}>{row.sla_status}</Badge> : DASH}</span>
    </div>
  );
});
