"use client";

import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { CHART, ChartContainer, selectableBar } from "@/components/ui/chart-container";

export interface CountPoint {
  key: string;
  label: string;
  count: number;
}

export interface AveragePoint {
  key: string;
  label: string;
  average: number;
  count: number;
}

/** Bars of counts; a bar opens its conversations. */
export function CountBars({ points, label, onSelect }: { points: CountPoint[]; label: string; onSelect: (p: CountPoint) => void }) {
  const shape = useMemo(() => selectableBar<CountPoint>((p) => `${p.label}: ${p.count} conversations. Open them.`, onSelect), [onSelect]);
  return (
    <ChartContainer config={{ count: { label: "Conversations", color: "var(--chart-1)" } }} height={240} label={label}>
      <BarChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={CHART.grid} vertical={false} />
        <XAxis dataKey="label" tick={CHART.axisTick} />
        <YAxis tick={CHART.axisTick} allowDecimals={false} width={48} />
        <Tooltip {...CHART.tooltip} cursor={CHART.cursor} />
        <Bar dataKey="count" name="Conversations" fill="var(--color-count)" shape={shape} isAnimationActive={false} />
      </BarChart>
    </ChartContainer>
  );
}

/** Average rating per group as bars (1–5 scale); a bar opens its rated conversations. */
export function AverageBars({ points, label, onSelect }: { points: AveragePoint[]; label: string; onSelect: (p: AveragePoint) => void }) {
  const shape = useMemo(() => selectableBar<AveragePoint>((p) => `${p.label}: average ${p.average} from ${p.count} ratings. Open them.`, onSelect), [onSelect]);
  return (
    <ChartContainer config={{ average: { label: "Average rating", color: "var(--chart-2)" } }} height={240} label={label}>
      <BarChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={CHART.grid} vertical={false} />
        <XAxis dataKey="label" tick={CHART.axisTick} interval="preserveStartEnd" />
        <YAxis tick={CHART.axisTick} domain={[0, 5]} width={32} />
        <Tooltip {...CHART.tooltip} cursor={CHART.cursor} />
        <Bar dataKey="average" name="Average rating" fill="var(--color-average)" shape={shape} isAnimationActive={false} />
      </BarChart>
    </ChartContainer>
  );
}

/** The weekly average as a line, for the trend at a glance. */
export function AverageLine({ points, label }: { points: AveragePoint[]; label: string }) {
  return (
    <ChartContainer config={{ average: { label: "Average rating", color: "var(--chart-1)" } }} height={200} label={label}>
      <LineChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={CHART.grid} vertical={false} />
        <XAxis dataKey="label" tick={CHART.axisTick} interval="preserveStartEnd" />
        <YAxis tick={CHART.axisTick} domain={[1, 5]} width={32} />
        <Tooltip {...CHART.tooltip} />
        <Line dataKey="average" name="Average rating" stroke="var(--color-average)" dot isAnimationActive={false} />
      </LineChart>
    </ChartContainer>
  );
}
