"use client";

import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { CHART, ChartContainer, selectableBar } from "@/components/ui/chart-container";
import type { DailyChange } from "@/lib/reports/article-history";

const config = {
  views: { label: "Views", color: "var(--chart-1)" },
  conversions: { label: "Conversations started", color: "var(--chart-2)" },
  reactions: { label: "Reactions", color: "var(--chart-3)" },
};

/** Views, conversations started and reactions per day; a day's bar selects that day. */
export function DailyBars({ daily, label, onSelect }: { daily: DailyChange[]; label: string; onSelect?: (d: DailyChange) => void }) {
  const shape = useMemo(() => (onSelect ? selectableBar<DailyChange>((d) => `${d.day}: ${d.views} views. Show the day.`, onSelect) : undefined), [onSelect]);
  return (
    <ChartContainer config={config} height={260} label={label}>
      <BarChart data={daily} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={CHART.grid} vertical={false} />
        <XAxis dataKey="day" tick={CHART.axisTick} interval="preserveStartEnd" />
        <YAxis tick={CHART.axisTick} width={56} />
        <Tooltip {...CHART.tooltip} cursor={CHART.cursor} />
        <Legend />
        <Bar dataKey="views" name="Views" fill="var(--color-views)" shape={shape} isAnimationActive={false} />
        <Bar dataKey="conversions" name="Conversations started" fill="var(--color-conversions)" isAnimationActive={false} />
        <Bar dataKey="reactions" name="Reactions" fill="var(--color-reactions)" isAnimationActive={false} />
      </BarChart>
    </ChartContainer>
  );
}

/** Sad share over time. */
export function SadLine({ points, label }: { points: { day: string; sad_pct: number }[]; label: string }) {
  return (
    <ChartContainer config={{ sad: { label: "Sad share (%)", color: "var(--chart-4)" } }} height={180} label={label}>
      <LineChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={CHART.grid} vertical={false} />
        <XAxis dataKey="day" tick={CHART.axisTick} interval="preserveStartEnd" />
        <YAxis tick={CHART.axisTick} width={40} unit="%" />
        <Tooltip {...CHART.tooltip} />
        <Line dataKey="sad_pct" name="Sad share (%)" stroke="var(--color-sad)" dot={false} isAnimationActive={false} />
      </LineChart>
    </ChartContainer>
  );
}
