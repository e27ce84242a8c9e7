"use client";

import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useCallback, useDeferredValue, useMemo, useState, useSyncExternalStore } from "react";
import { categoryLabel, isCategoryId, typeLabel } from "@/lib/audit/categories";
import { auditCsv, auditCsvFileName } from "@/lib/audit/csv";
import { filterRows, formatCell, granularityFor, parseCell, type AuditFilters } from "@/lib/audit/filter";
import { resolveRange } from "@/lib/audit/range";
import { toRows } from "@/lib/audit/rows";
import { safeTimeZone, zonedParts } from "@/lib/audit/zoned";
import { formatNumber } from "@/lib/format/time";
import { activityLogQueries } from "@/lib/queries/activity-logs";
import { adminQueries, workspaceQueries } from "@/lib/queries/workspace";
import { ErrorPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";
import { AuditFilters as FilterBar, type FilterValues } from "./audit-filters";
import type { ChartSelection } from "./audit-charts";
import { AuditTable } from "./audit-table";
import { WEEKDAYS } from "./heatmap";
import { LoadProgress } from "./load-progress";
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
const PERIOD_KEY = /^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]))?$/;
const nowMinute = () => Math.floor(Date.now() / 60_000) * 60;

function downloadText(text: string, fileName: string) {
  // The byte-order mark makes Excel read the file as UTF-8 (names, emoji).
  const url = URL.createObjectURL(new Blob(["\ufeff", text], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
  const logs = useQuery({ ...activityLogQueries.range(range.after, range.before), enabled: ready });
  const progress = useQuery(activityLogQueries.progress(range.after, range.before));

  const names = useMemo(() => new Map((admins.data?.admins ?? []).map((a) => [a.id, a.name ?? a.email ?? a.id])), [admins.data]);
  const zoned = useMemo(() => zonedParts(timeZone), [timeZone]);
  const rows = useMemo(() => (logs.data ? toRows(logs.data, zoned) : []), [logs.data, zoned]);
  const granularity = granularityFor(range.after, range.before);

  const notices = [...range.notices];
  if (me.isError) notices.push("Lens could not read the workspace's time zone, so times are in your browser's.");
  // Deleted teammates are gone from /admins but stay in the log: an id the log knows is valid too.
  const loggedTeammates = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of rows) if (r.adminId && !seen.has(r.adminId)) seen.set(r.adminId, r.email ?? r.adminId);
    return seen;
  }, [rows]);
  const teammateKnown = !params.teammate || !admins.isSuccess || names.has(params.teammate) || !logs.isSuccess || loggedTeammates.has(params.teammate);
  if (!teammateKnown) notices.push(`No teammate has the id “${params.teammate}”, so entries from everyone are shown.`);
  const categoryValid = !params.category || isCategoryId(params.category);
  if (!categoryValid) notices.push(`“${params.category}” is not an activity category; showing all categories.`);
  const cell = parseCell(params.cell);
  if (params.cell && !cell) notices.push(`“${params.cell}” is not a weekday and hour; the heatmap selection was ignored.`);
  const periodValid = !params.period || PERIOD_KEY.test(params.period);
  if (!periodValid) notices.push(`“${params.period}” is not a day or hour; the chart selection was ignored.`);

  const teammateFilter = teammateKnown ? params.teammate : null;
  const categoryFilter = categoryValid && params.category && isCategoryId(params.category) ? params.category : null;
  const periodFilter = periodValid ? params.period : null;
  const filters = useMemo<AuditFilters>(
    () => ({ teammate: teammateFilter, category: categoryFilter, type: params.type, ip: params.ip, text: params.q, sensitive: params.sensitive, period: periodFilter, cell: parseCell(params.cell) }),
    [teammateFilter, categoryFilter, params.type, params.ip, params.q, params.sensitive, periodFilter, params.cell],
  );
  // Typing re-filters up to 50,000 rows; deferring keeps the input responsive while that happens.
  const deferredFilters = useDeferredValue(filters);
  const filtered = useMemo(() => filterRows(rows, deferredFilters, granularity), [rows, deferredFilters, granularity]);
  const typesInRange = useMemo(() => [...new Set(rows.map((r) => r.type))], [rows]);
  const stats = useMemo(() => ({ sensitive: filtered.filter((r) => r.sensitive).length, newIp: filtered.filter((r) => r.newIp).length }), [filtered]);

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
  if (filters.cell) chips.push({ label: `${WEEKDAYS[filters.cell.weekday]}s ${String(filters.cell.hour).padStart(2, "0")}:00–${String(filters.cell.hour).padStart(2, "0")}:59`, clear: { cell: null } });
  if (filters.category) chips.push({ label: categoryLabel(filters.category), clear: { category: null } });
  if (filters.type) chips.push({ label: typeLabel(filters.type), clear: { type: null } });
  if (filters.teammate) chips.push({ label: names.get(filters.teammate) ?? filters.teammate, clear: { teammate: null } });

  const teammateOptions = useMemo(() => {
    const options = [...names].map(([id, label]) => ({ id, label }));
    for (const [id, email] of loggedTeammates) if (!names.has(id)) options.push({ id, label: `${email} (no longer a teammate)` });
    return options.sort((a, b) => a.label.localeCompare(b.label));
  }, [names, loggedTeammates]);
  const exportCsv = () => downloadText(auditCsv(filtered, { timeZone, names }), auditCsvFileName(range.after, range.before));
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
              className="rounded-md border border-slate-300 bg-card px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50"
              title="Load the newest entries"
            >
              Refresh
            </button>
            <button
              type="button"
              onClick={exportCsv}
              disabled={!logs.isSuccess}
              className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-50"
            >
              Export CSV{logs.isSuccess ? ` (${formatNumber(filtered.length)})` : ""}
            </button>
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

      <Card className="space-y-3 p-4">
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
                className={`px-2.5 py-1.5 ${params.tz === tz ? "bg-slate-900 text-white" : "bg-card text-slate-700 hover:bg-slate-50"}`}
              >
                {tz === "workspace" ? `Workspace time${workspaceTz ? ` (${workspaceTz})` : ""}` : `My time${browserTz ? ` (${browserTz})` : ""}`}
              </button>
            ))}
          </div>
        </div>
        <FilterBar
          values={{ teammate: params.teammate, category: params.category, type: params.type, ip: params.ip, q: params.q, sensitive: params.sensitive }}
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
              onClick={() => void setParams({ teammate: null, category: null, type: null, ip: null, q: null, sensitive: null, period: null, cell: null }, { history: "push" })}
              className="text-brand-600 hover:underline"
            >
              Clear all filters
            </button>
          </div>
        )}
      </Card>

      {logs.isError ? (
        <ErrorPanel error={logs.error} title="Could not load the activity log" onRetry={() => logs.refetch()} />
      ) : !logs.isSuccess ? (
        <div className="space-y-4">
          <LoadProgress progress={progress.data ?? null} />
          <ChartsSkeleton />
          <TableSkeleton rows={8} columns={5} />
        </div>
      ) : (
        <>
          <p className="text-sm text-slate-600" data-testid="audit-summary">
            <span className="font-semibold text-slate-900" data-testid="audit-match-count">
              {formatNumber(filtered.length)}
            </span>{" "}
            {filtered.length === 1 ? "entry" : "entries"}
            {filtered.length !== rows.length && <> of {formatNumber(rows.length)} in the range</>} · {formatNumber(stats.sensitive)} sensitive ·{" "}
            <span title="A teammate's first sign-in from an IP they had not used earlier in this range">{formatNumber(stats.newIp)} sign-ins from a new IP</span>
          </p>
          {rows.length === 0 ? (
            <Card as="p" className="p-8 text-center text-sm text-slate-500">No teammate activity was logged in this range.</Card>
          ) : (
            <>
              <AuditCharts rows={rows} filters={deferredFilters} granularity={granularity} after={range.after} before={range.before} zoned={zoned} names={names} onSelect={onSelect} />
              <AuditTable rows={filtered} timeZone={timeZone} names={names} />
            </>
          )}
        </>
      )}
    </div>
  );
}
