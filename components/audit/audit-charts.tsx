"use client";

import { Card } from "@/components/ui/card";
import { CHART, selectableBar } from "@/components/ui/chart-container";
import { memo, useMemo } from "react";
import { Bar, BarChart, CartesianGrid, Cell, ReferenceArea, Tooltip, XAxis, YAxis } from "recharts";
import { CATEGORIES, categoryColor, type CategoryId } from "@/lib/audit/categories";
import type { AuditFilters, Granularity, HeatCell } from "@/lib/audit/filter";
import type { AuditSummary } from "@/lib/audit/query";
import { formatNumber } from "@/lib/format/time";
import { Heatmap } from "./heatmap";
import { periodLabel } from "./period-label";

/**
 * The four activity charts. Loaded with next/dynamic from the explorer, so Recharts ships only with
 * /audit. Lens's store aggregates each chart (a few hundred bars at most), every chart ignoring its
 * own selection, so the selected bar stays visible beside the others.
 */

export interface ChartSelection {
  period?: string | null;
  category?: CategoryId | null;
  teammate?: string | null;
  type?: string | null;
  cell?: HeatCell | null;
}

interface Props {
  summary: Pick<AuditSummary, "periods" | "teammates" | "types" | "heatmap">;
  filters: AuditFilters;
  granularity: Granularity;
  names: ReadonlyMap<string, string>;
  onSelect: (selection: ChartSelection) => void;
}

const AXIS = CHART.axisTick;

function ChartCard({ title, hint, children, testId }: { title: string; hint?: string; children: React.ReactNode; testId: string }) {
  return (
    <Card as="section" className="p-4" data-testid={testId} aria-label={title}>
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
        {hint && <p className="text-xs text-slate-500">{hint}</p>}
      </div>
      {children}
    </Card>
  );
}

export const AuditCharts = memo(function AuditCharts({ summary, filters, granularity, names, onSelect }: Props) {
  const { periods: perPeriod, teammates, types, heatmap: heat } = summary;
  const teammateData = teammates.top.map((t) => ({ ...t, name: names.get(t.adminId) ?? t.email ?? t.adminId }));
  const periodUnit = granularity === "hour" ? "hour" : granularity === "week" ? "week" : "day";

  // Bars are buttons too: Tab reaches them and Enter drills down like a click.
  const periodBars = useMemo(
    () =>
      CATEGORIES.map((c) =>
        selectableBar<{ key: string } & Record<string, number | string>>(
          (p) => `${periodLabel(p.key, granularity, false)}, ${c.label}: ${formatNumber(Number(p[c.id] ?? 0))} events`,
          (p) => onSelect({ period: p.key, category: c.id }),
        ),
      ),
    [granularity, onSelect],
  );
  const teammateBar = useMemo(
    () =>
      selectableBar<{ adminId: string; name: string; count: number }>(
        (t) => `${t.name}: ${formatNumber(t.count)} events`,
        (t) => onSelect({ teammate: t.adminId }),
      ),
    [onSelect],
  );
  const typeBar = useMemo(
    () =>
      selectableBar<{ type: string; label: string; count: number }>(
        (t) => `${t.label}: ${formatNumber(t.count)} events`,
        (t) => onSelect({ type: t.type }),
      ),
    [onSelect],
  );

  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
      <div className="xl:col-span-2">
        <ChartCard title={`Events per ${periodUnit}, by category`} hint="Click a bar (or Tab to it and press Enter) to see those entries" testId="chart-periods">
          <BarChart responsive style={{ width: "100%", height: 240 }} data={perPeriod} margin={{ top: 4, right: 8, bottom: 0, left: -12 }}>
            <CartesianGrid vertical={false} stroke={CHART.grid} />
            <XAxis dataKey="key" tick={AXIS} tickFormatter={(k: string) => periodLabel(k, granularity, true)} minTickGap={16} />
            <YAxis tick={AXIS} allowDecimals={false} width={48} />
            <Tooltip {...CHART.tooltip} labelFormatter={(k) => periodLabel(String(k), granularity, false)} formatter={(v, name) => [formatNumber(Number(v)), name]} cursor={CHART.cursor} />
            {CATEGORIES.map((c, i) => (
              <Bar
                key={c.id}
                dataKey={c.id}
                name={c.label}
                stackId="events"
                fill={c.color}
                isAnimationActive={false}
                fillOpacity={filters.category && filters.category !== c.id ? 0.3 : 1}
                shape={periodBars[i]}
              />
            ))}
            {filters.period && <ReferenceArea x1={filters.period} x2={filters.period} fill={CHART.highlight} fillOpacity={0.08} stroke={CHART.highlight} strokeOpacity={0.4} ifOverflow="hidden" />}
          </BarChart>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
            {CATEGORIES.map((c) => (
              <li key={c.id} className="flex items-center gap-1.5">
                <span aria-hidden className="inline-block size-2.5 rounded-sm" style={{ background: c.color }} />
                {c.label}
              </li>
            ))}
          </ul>
        </ChartCard>
      </div>

      <ChartCard title="Top teammates" hint={teammates.others ? `${formatNumber(teammates.others)} more events by others` : undefined} testId="chart-teammates">
        {teammateData.length === 0 ? (
          <p className="py-10 text-center text-sm text-slate-500">No events match.</p>
        ) : (
          <BarChart responsive layout="vertical" style={{ width: "100%", height: Math.max(120, teammateData.length * 26 + 20) }} data={teammateData} margin={{ top: 0, right: 16, bottom: 0, left: 0 }}>
            <XAxis type="number" tick={AXIS} allowDecimals={false} />
            <YAxis type="category" dataKey="name" tick={AXIS} width={130} interval={0} />
            <Tooltip {...CHART.tooltip} formatter={(v) => [formatNumber(Number(v)), "Events"]} cursor={CHART.cursor} />
            <Bar dataKey="count" name="Events" fill="var(--chart-6)" isAnimationActive={false} shape={teammateBar}>
              {teammateData.map((t) => (
                <Cell key={t.adminId} fillOpacity={filters.teammate && filters.teammate !== t.adminId ? 0.3 : 1} />
              ))}
            </Bar>
          </BarChart>
        )}
      </ChartCard>

      <ChartCard title="Activity types" hint={types.distinct > types.top.length ? `Top ${types.top.length} of ${types.distinct}` : undefined} testId="chart-types">
        {types.top.length === 0 ? (
          <p className="py-10 text-center text-sm text-slate-500">No events match.</p>
        ) : (
          <BarChart responsive layout="vertical" style={{ width: "100%", height: Math.max(120, types.top.length * 24 + 20) }} data={types.top} margin={{ top: 0, right: 16, bottom: 0, left: 0 }}>
            <XAxis type="number" tick={AXIS} allowDecimals={false} />
            <YAxis type="category" dataKey="label" tick={AXIS} width={180} interval={0} />
            <Tooltip {...CHART.tooltip} formatter={(v) => [formatNumber(Number(v)), "Events"]} cursor={CHART.cursor} />
            <Bar dataKey="count" name="Events" isAnimationActive={false} shape={typeBar}>
              {types.top.map((t) => (
                <Cell key={t.type} fill={categoryColor(t.category)} fillOpacity={filters.type && filters.type !== t.type ? 0.3 : 1} />
              ))}
            </Bar>
          </BarChart>
        )}
      </ChartCard>

      <div className="xl:col-span-2">
        <ChartCard title="When teammates act" hint="Hour of day × weekday; click a cell to see those entries" testId="chart-heatmap">
          <Heatmap counts={heat.counts} max={heat.max} selected={filters.cell} onSelect={(cell) => onSelect({ cell })} />
        </ChartCard>
      </div>
    </div>
  );
});
