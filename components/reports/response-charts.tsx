"use client";

import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { CHART, ChartContainer, selectableBar } from "@/components/ui/chart-container";
import { formatDuration } from "@/lib/format/time";

export interface SpreadPoint {
  key: string;
  label: string;
  p50: number | null;
  p90: number | null;
  conversations: number;
}

/** Short axis ticks: "2.5 h", "40 min". */
function tick(seconds: number): string {
  if (seconds >= 3600) return `${Number((seconds / 3600).toFixed(seconds < 36_000 ? 1 : 0))} h`;
  return `${Math.round(seconds / 60)} min`;
}

const config = { p50: { label: "p50", color: "var(--chart-1)" }, p90: { label: "p90", color: "var(--chart-2)" } };

/** p50 and p90 per group; a bar (click, Enter or Space) opens that group's conversations. */
export function SpreadChart({ points, metricLabel, onSelect }: { points: SpreadPoint[]; metricLabel: string; onSelect: (p: SpreadPoint) => void }) {
  const p50Bar = useMemo(() => selectableBar<SpreadPoint>((p) => `${p.label}: p50 ${formatDuration(p.p50)}, ${p.conversations} conversations. Open them.`, onSelect), [onSelect]);
  const p90Bar = useMemo(() => selectableBar<SpreadPoint>((p) => `${p.label}: p90 ${formatDuration(p.p90)}, ${p.conversations} conversations. Open them.`, onSelect), [onSelect]);
  return (
    <ChartContainer config={config} height={300} label={`${metricLabel}, p50 and p90 per group`}>
      <BarChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={CHART.grid} vertical={false} />
        <XAxis dataKey="label" tick={CHART.axisTick} interval="preserveStartEnd" />
        <YAxis tick={CHART.axisTick} tickFormatter={tick} width={56} />
        <Tooltip {...CHART.tooltip} cursor={CHART.cursor} formatter={(v) => formatDuration(Number(v))} />
        <Legend />
        <Bar dataKey="p50" name="p50" fill="var(--color-p50)" shape={p50Bar} isAnimationActive={false} />
        <Bar dataKey="p90" name="p90" fill="var(--color-p90)" shape={p90Bar} isAnimationActive={false} />
      </BarChart>
    </ChartContainer>
  );
}
