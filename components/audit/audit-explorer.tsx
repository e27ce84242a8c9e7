"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { categoryLabel, isCategoryId, typeLabel } from "@/lib/audit/categories";
import { auditCsvFileName } from "@/lib/audit/csv";
import { formatCell, granularityFor, parseCell, type AuditFilters } from "@/lib/audit/filter";
import { PERIOD_KEY, type AuditQuery, type AuditSummary, type RangePart } from "@/lib/audit/query";
import { resolveRange } from "@/lib/audit/range";
import { safeTimeZone, zonedParts } from "@/lib/audit/zoned";
import { formatNumber } from "@/lib/format/time";
import { auditQueries } from "@/lib/queries/audit";
import { adminQueries, workspaceQueries } from "@/lib/queries/workspace";
import { ErrorPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";
import { AuditFilters as FilterBar, type FilterValues } from "./audit-filters";
import type { ChartSelection } from "./audit-charts";
import { AuditTable } from "./audit-table";
import { WEEKDAYS } from "./heatmap";
import { periodLabel } from "./period-label";
import { RangePicker } from "./range-picker";
import { typingUpdate, useAuditParams } from "./use-audit-params";

// Recharts is ~115 KB gzipped: only the audit page loads it, and only in the browser.
const AuditCharts = dynamic(() => import("./audit-charts").then((m) => m.AuditCharts), {
  ssr: false,
  loading: () => <ChartsSkeleton />,
});

function ChartsSkeleton() {
  return (
    <div role="status" aria-label="Loading charts" className="grid gap-4 xl:grid-cols-2">
      <Skeleton className="h-72 xl:col-span-2" />
      <Skeleton className="h-64" />
      <Skeleton className="h-64" />
    </div>
  );
}

const subscribeNever = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const nowMinute = () => Math.floor(Date.now() / 60_000) * 60;
/** Typing in the text and IP boxes asks the store once the typing pauses. */
const TYPING_PAUSE_MS = 250;

function useSettled<T>(value: T, key: string, ms: number): T {
  const [settled, setSettled] = useState({ key, value });
  useEffect(() => {
    if (settled.key === key) return;
    const timer = setTimeout(() => setSettled({ key, value }), ms);
    return () => clearTimeout(timer);
  }, [key, value, ms, settled.key]);
  return settled.value;
}

/** Says which parts of the range the sync has not reached, so they are read live from Intercom. */
function liveNote(parts: readonly RangePart[], timeZone: string): string | null {
  const live = parts.filter((p) => p.source === "live");
  if (live.length === 0) return null;
  if (live.length === parts.length) return "Lens's sync has not reached this range yet, so all of it is read live from Intercom.";
  const when = new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const stored = parts.find((p) => p.source === "store")!;
  const spans = live.map((p) => (p.after > stored.before ? `entries after ${when.format(new Date(stored.before * 1000))}` : `entries before ${when.format(new Date(stored.after * 1000))}`));
  return `Read live from Intercom, as Lens's sync has not reached them yet: ${spans.join(" and ")}. The rest of the range comes from Lens's store.`;
}

export function AuditExplorer() {
  const [params, setParams] = useAuditParams();
  const [now, setNow] = useState(nowMinute);
  const me = useQuery(workspaceQueries.me());
  const admins = useQuery(adminQueries.list());
  const browserTz = useSyncExternalStore(subscribeNever, browserZone, () => null);

  const workspaceTz = me.data?.app?.timezone ? safeTimeZone(me.data.app.timezone) : null;
  const timeZone = params.tz === "browser" || (me.isError && !workspaceTz) ? (browserTz ?? "UTC") : (workspaceTz ?? browserTz ?? "UTC");
  const zoneSettled = me.isSuccess || me.isError;

  const range = useMemo(
    () => resolveRange({ range: params.range, from: params.from, to: params.to }, now, timeZone, me.data?.app?.created_at ?? null),
    [params.range, params.from, params.to, now, timeZone, me.data?.app?.created_at],
  );
  // Custom days are read in the display zone, so wait for /me before fetching them.
  const ready = range.id !== "custom" || zoneSettled;
  const names = useMemo(() => new Map((admins.data?.admins ?? []).map((a) => [a.id, a.name ?? a.email ?? a.id])), [admins.data]);
  const zoned = useMemo(() => zonedParts(timeZone), [timeZone]);
  const granularity = granularityFor(range.after, range.before);

  const notices = [...range.notices];
  if (me.isError) notices.push("Lens could not read the workspace's time zone, so times are in your browser's.");
  const categoryValid = !params.category || isCategoryId(params.category);
  if (!categoryValid) notices.push(`“${params.category}” is not an activity category; showing all categories.`);
  const cell = parseCell(params.cell);
  if (params.cell && !cell) notices.push(`“${params.cell}” is not a weekday and hour; the heatmap selection was ignored.`);
  const periodValid = !params.period || PERIOD_KEY.test(params.period);
  if (!periodValid) notices.push(`“${params.period}” is not a day or hour; the chart selection was ignored.`);

  // Deleted teammates are gone from /admins but stay in the log: the range's own teammates (the
  // summary lists them before any filter) count too, so an id is only called unknown once they are in.
  const [summaryData, setSummaryData] = useState<AuditSummary | undefined>(undefined);
  const rangeTeammates = useMemo(() => (summaryData ? new Map(summaryData.teammatesInRange.map((t) => [t.id, t.email ?? t.id])) : null), [summaryData]);
  const teammateKnown = !params.teammate || !admins.isSuccess || names.has(params.teammate) || !rangeTeammates || rangeTeammates.has(params.teammate);
  if (!teammateKnown) notices.push(`No teammate has the id “${params.teammate}”, so entries from everyone are shown.`);

  const teammateFilter = teammateKnown ? params.teammate : null;
  const categoryFilter = categoryValid && params.category && isCategoryId(params.category) ? params.category : null;
  const periodFilter = periodValid ? params.period : null;
  const typed = useSettled({ ip: params.ip, q: params.q }, `${params.ip}\n${params.q}`, TYPING_PAUSE_MS);
  const filters = useMemo<AuditFilters>(
    () => ({
      teammate: teammateFilter,
      category: categoryFilter,
      type: params.type,
      ip: typed.ip,
      text: typed.q,
      sensitive: params.sensitive,
      newIp: params.newIp,
      period: periodFilter,
      cell: parseCell(params.cell),
    }),
    [teammateFilter, categoryFilter, params.type, typed.ip, typed.q, params.sensitive, params.newIp, periodFilter, params.cell],
  );
  const query = useMemo<AuditQuery>(() => ({ after: range.after, before: range.before, timeZone, filters }), [range.after, range.before, timeZone, filters]);
  // A filter change keeps the last answer on screen until the store's new one arrives.
  const summary = useQuery({ ...auditQueries.summary(query), enabled: ready, placeholderData: keepPreviousData });
  const entries = useInfiniteQuery({ ...auditQueries.entries(query), enabled: ready, placeholderData: keepPreviousData });
  const rows = useMemo(() => entries.data?.pages.flatMap((p) => p.entries) ?? [], [entries.data]);
  const { fetchNextPage } = entries;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  // Held for the next render's teammate check (a state update during render, as React allows for derived state).
  if (summary.data !== summaryData) setSummaryData(summary.data);
  const typesInRange = summary.data?.typesInRange ?? [];
  const live = summary.data ? liveNote(summary.data.parts, timeZone) : null;

  const onFilters = (patch: Partial<FilterValues>, typing?: boolean) => void setParams(patch, typing ? typingUpdate : undefined);
  // Stable between renders so the memoised charts do not redraw on every keystroke.
  const { teammate: selTeammate, type: selType, cell: selCell, period: selPeriod, category: selCategory } = params;
  const onSelect = useCallback(
    (s: ChartSelection) => {
      const push = { history: "push" } as const;
      if (s.teammate !== undefined) void setParams({ teammate: s.teammate === selTeammate ? null : s.teammate }, push);
      else if (s.type !== undefined) void setParams({ type: s.type === selType ? null : s.type }, push);
      else if (s.cell) void setParams({ cell: formatCell(s.cell) === selCell ? null : formatCell(s.cell) }, push);
      else if (s.period !== undefined) {
        const same = s.period === selPeriod && s.category === selCategory;
        void setParams({ period: same ? null : s.period, category: same ? null : (s.category ?? null) }, push);
      }
    },
    [setParams, selTeammate, selType, selCell, selPeriod, selCategory],
  );

  const chips: { label: string; clear: Partial<typeof params> }[] = [];
  if (filters.period) chips.push({ label: periodLabel(filters.period, granularity, false), clear: { period: null } });
  if (filters.cell)
    chips.push({ label: `${WEEKDAYS[filters.cell.weekday]}s ${String(filters.cell.hour).padStart(2, "0")}:00–${String(filters.cell.hour).padStart(2, "0")}:59`, clear: { cell: null } });
  if (filters.category) chips.push({ label: categoryLabel(filters.category), clear: { category: null } });
  if (filters.type) chips.push({ label: typeLabel(filters.type), clear: { type: null } });
  if (filters.teammate) chips.push({ label: names.get(filters.teammate) ?? filters.teammate, clear: { teammate: null } });

  const teammateOptions = useMemo(() => {
    const options = [...names].map(([id, label]) => ({ id, label }));
    for (const [id, email] of rangeTeammates ?? []) if (!names.has(id)) options.push({ id, label: `${email} (no longer a teammate)` });
    return options.sort((a, b) => a.label.localeCompare(b.label));
  }, [names, rangeTeammates]);
  const maxDay = zoned(now).day;

  return (
    <div className="space-y-5">
      <PageHeader
        title="Audit log"
        description="What teammates did in the workspace: sign-ins, permission and seat changes, exports and deletions, settings."
        actions={
          <>
            <button
              type="button"
              onClick={() => setNow(nowMinute())}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50"
              title="Load the newest entries"
            >
              Refresh
            </button>
            {summary.isSuccess ? (
              <a
                href={auditQueries.exportUrl(query)}
                download={auditCsvFileName(range.after, range.before)}
                className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
              >
                Export CSV ({formatNumber(summary.data.matching)})
              </a>
            ) : (
              <button type="button" disabled className="cursor-not-allowed rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white opacity-50">
                Export CSV
              </button>
            )}
          </>
        }
      />

      {notices.length > 0 && (
        <div role="status" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="audit-notices">
          <ul className="space-y-1">
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <RangePicker
            value={range.id}
            fromDay={range.fromDay}
            toDay={range.toDay}
            maxDay={maxDay}
            onPreset={(id) => void setParams({ range: id, from: null, to: null, period: null }, { history: "push" })}
            onCustom={(from, to) => void setParams({ range: "custom", from, to, period: null }, { history: "push" })}
          />
          <div role="group" aria-label="Time zone" className="inline-flex overflow-hidden rounded-md border border-slate-300 text-xs">
            {(["workspace", "browser"] as const).map((tz) => (
              <button
                key={tz}
                type="button"
                aria-pressed={params.tz === tz}
                onClick={() => void setParams({ tz: tz === "workspace" ? null : tz })}
                className={`px-2.5 py-1.5 ${params.tz === tz ? "bg-slate-900 text-white" : "bg-white text-slate-700 hover:bg-slate-50"}`}
              >
                {tz === "workspace" ? `Workspace time${workspaceTz ? ` (${workspaceTz})` : ""}` : `My time${browserTz ? ` (${browserTz})` : ""}`}
              </button>
            ))}
          </div>
        </div>
        <FilterBar
          values={{ teammate: params.teammate, category: params.category, type: params.type, ip: params.ip, q: params.q, sensitive: params.sensitive, newIp: params.newIp }}
          teammates={teammateOptions}
          typesInRange={typesInRange}
          onChange={onFilters}
        />
        {chips.length > 0 && (
          <div className="flex flex-wrap items-center gap-2 text-xs" aria-label="Active selections">
            {chips.map((chip) => (
              <button
                key={chip.label}
                type="button"
                onClick={() => void setParams(chip.clear, { history: "push" })}
                className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-slate-50 px-2.5 py-1 text-slate-700 hover:bg-slate-100"
                aria-label={`Clear ${chip.label}`}
              >
                {chip.label} <span aria-hidden>×</span>
              </button>
            ))}
            <button
              type="button"
              onClick={() => void setParams({ teammate: null, category: null, type: null, ip: null, q: null, sensitive: null, newIp: null, period: null, cell: null }, { history: "push" })}
              className="text-brand-600 hover:underline"
            >
              Clear all filters
            </button>
          </div>
        )}
      </div>

      {live && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="audit-live-note">
          {live}
        </p>
      )}

      {summary.isError ? (
        <ErrorPanel error={summary.error} title="Could not load the activity log" onRetry={() => summary.refetch()} />
      ) : !summary.isSuccess ? (
        <div className="space-y-4">
          <ChartsSkeleton />
          <TableSkeleton rows={8} columns={5} />
        </div>
      ) : (
        <>
          <p className="text-sm text-slate-600" data-testid="audit-summary">
            <span className="font-semibold text-slate-900" data-testid="audit-match-count">
              {formatNumber(summary.data.matching)}
            </span>{" "}
            {summary.data.matching === 1 ? "entry" : "entries"}
            {summary.data.matching !== summary.data.inRange && <> of {formatNumber(summary.data.inRange)} in the range</>} · {formatNumber(summary.data.sensitive)} sensitive ·{" "}
            <span title="A teammate's first sign-in from an IP they had not used earlier in this range">{formatNumber(summary.data.newIp)} sign-ins from a new IP</span>
          </p>
          {summary.data.inRange === 0 ? (
            <p className="rounded-lg border border-slate-200 bg-white p-8 text-center text-sm text-slate-500">No teammate activity was logged in this range.</p>
          ) : (
            <>
              <AuditCharts summary={summary.data} filters={filters} granularity={granularity} names={names} onSelect={onSelect} />
              {entries.isError ? (
                <ErrorPanel error={entries.error} title="Could not load the entries" onRetry={() => entries.refetch()} />
              ) : !entries.isSuccess ? (
                <TableSkeleton rows={8} columns={5} />
              ) : (
                <AuditTable
                  rows={rows}
                  total={summary.data.matching}
                  hasMore={!!entries.hasNextPage}
                  loadingMore={entries.isFetchingNextPage}
                  onLoadMore={loadMore}
                  timeZone={timeZone}
                  names={names}
                />
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
