"use client";

import { memo } from "react";
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

const AXIS = { fontSize: 11, fill: "#64748b" };

function Card({ title, hint, children, testId }: { title: string; hint?: string; children: React.ReactNode; testId: string }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4" data-testid={testId} aria-label={title}>
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
        {hint && <p className="text-xs text-slate-500">{hint}</p>}
      </div>
      {children}
    </section>
  );
}

export const AuditCharts = memo(function AuditCharts({ summary, filters, granularity, names, onSelect }: Props) {
  const { periods: perPeriod, teammates, types, heatmap: heat } = summary;
  const teammateData = teammates.top.map((t) => ({ ...t, name: names.get(t.adminId) ?? t.email ?? t.adminId }));
  const periodUnit = granularity === "hour" ? "hour" : granularity === "week" ? "week" : "day";

  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
      <div className="xl:col-span-2">
        <Card title={`Events per ${periodUnit}, by category`} hint="Click a bar to see those entries" testId="chart-periods">
          <BarChart responsive style={{ width: "100%", height: 240 }} data={perPeriod} margin={{ top: 4, right: 8, bottom: 0, left: -12 }}>
            <CartesianGrid vertical={false} stroke="#e2e8f0" />
            <XAxis dataKey="key" tick={AXIS} tickFormatter={(k: string) => periodLabel(k, granularity, true)} minTickGap={16} />
            <YAxis tick={AXIS} allowDecimals={false} width={48} />
            <Tooltip labelFormatter={(k) => periodLabel(String(k), granularity, false)} formatter={(v, name) => [formatNumber(Number(v)), name]} cursor={{ fill: "#f1f5f9" }} />
            {CATEGORIES.map((c) => (
              <Bar
                key={c.id}
                dataKey={c.id}
                name={c.label}
                stackId="events"
                fill={c.color}
                isAnimationActive={false}
                cursor="pointer"
                fillOpacity={filters.category && filters.category !== c.id ? 0.3 : 1}
                onClick={(item) => onSelect({ period: (item.payload as { key: string }).key, category: c.id })}
              />
            ))}
            {filters.period && <ReferenceArea x1={filters.period} x2={filters.period} fill="#0f172a" fillOpacity={0.08} stroke="#0f172a" strokeOpacity={0.4} ifOverflow="hidden" />}
          </BarChart>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
            {CATEGORIES.map((c) => (
              <li key={c.id} className="flex items-center gap-1.5">
                <span aria-hidden className="inline-block size-2.5 rounded-sm" style={{ background: c.color }} />
                {c.label}
              </li>
            ))}
          </ul>
        </Card>
      </div>

      <Card title="Top teammates" hint={teammates.others ? `${formatNumber(teammates.others)} more events by others` : undefined} testId="chart-teammates">
        {teammateData.length === 0 ? (
          <p className="py-10 text-center text-sm text-slate-500">No events match.</p>
        ) : (
          <BarChart responsive layout="vertical" style={{ width: "100%", height: Math.max(120, teammateData.length * 26 + 20) }} data={teammateData} margin={{ top: 0, right: 16, bottom: 0, left: 0 }}>
            <XAxis type="number" tick={AXIS} allowDecimals={false} />
            <YAxis type="category" dataKey="name" tick={AXIS} width={130} interval={0} />
            <Tooltip formatter={(v) => [formatNumber(Number(v)), "Events"]} cursor={{ fill: "#f1f5f9" }} />
            <Bar dataKey="count" name="Events" fill="#4f46e5" isAnimationActive={false} cursor="pointer" onClick={(item) => onSelect({ teammate: (item.payload as { adminId: string }).adminId })}>
              {teammateData.map((t) => (
                <Cell key={t.adminId} fillOpacity={filters.teammate && filters.teammate !== t.adminId ? 0.3 : 1} />
              ))}
            </Bar>
          </BarChart>
        )}
      </Card>

      <Card title="Activity types" hint={types.distinct > types.top.length ? `Top ${types.top.length} of ${types.distinct}` : undefined} testId="chart-types">
        {types.top.length === 0 ? (
          <p className="py-10 text-center text-sm text-slate-500">No events match.</p>
        ) : (
          <BarChart responsive layout="vertical" style={{ width: "100%", height: Math.max(120, types.top.length * 24 + 20) }} data={types.top} margin={{ top: 0, right: 16, bottom: 0, left: 0 }}>
            <XAxis type="number" tick={AXIS} allowDecimals={false} />
            <YAxis type="category" dataKey="label" tick={AXIS} width={180} interval={0} />
            <Tooltip formatter={(v) => [formatNumber(Number(v)), "Events"]} cursor={{ fill: "#f1f5f9" }} />
            <Bar dataKey="count" name="Events" isAnimationActive={false} cursor="pointer" onClick={(item) => onSelect({ type: (item.payload as { type: string }).type })}>
              {types.top.map((t) => (
                <Cell key={t.type} fill={categoryColor(t.category)} fillOpacity={filters.type && filters.type !== t.type ? 0.3 : 1} />
              ))}
            </Bar>
          </BarChart>
        )}
      </Card>

      <div className="xl:col-span-2">
        <Card title="When teammates act" hint="Hour of day × weekday; click a cell to see those entries" testId="chart-heatmap">
          <Heatmap counts={heat.counts} max={heat.max} selected={filters.cell} onSelect={(cell) => onSelect({ cell })} />
        </Card>
      </div>
    </div>
  );
});
