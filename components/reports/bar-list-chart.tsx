"use client";

import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { CHART, ChartContainer, selectableBar } from "@/components/ui/chart-container";

export interface NamedValue {
  key: string;
  label: string;
  value: number;
}

/** Horizontal bars, one per named item; a bar (click, Enter or Space) selects its item. */
export function BarListChart({ points, label, unit, onSelect }: { points: NamedValue[]; label: string; unit: string; onSelect: (p: NamedValue) => void }) {
  const shape = useMemo(() => selectableBar<NamedValue>((p) => `${p.label}: ${p.value} ${unit}. Show only this.`, onSelect), [onSelect, unit]);
  return (
    <ChartContainer config={{ value: { label: unit, color: "var(--chart-1)" } }} height={Math.max(160, points.length * 22 + 40)} label={label}>
      <BarChart data={points} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid stroke={CHART.grid} horizontal={false} />
        <XAxis type="number" tick={CHART.axisTick} allowDecimals={false} />
        <YAxis type="category" dataKey="label" tick={CHART.axisTick} width={150} interval={0} />
        <Tooltip {...CHART.tooltip} cursor={CHART.cursor} />
        <Bar dataKey="value" name={unit} fill="var(--color-value)" shape={shape} isAnimationActive={false} />
      </BarChart>
    </ChartContainer>
  );
}
