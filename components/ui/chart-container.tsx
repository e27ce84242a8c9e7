"use client";

import { type CSSProperties, type KeyboardEvent, type ReactElement, type ReactNode } from "react";
import { Rectangle, ResponsiveContainer, type BarShapeProps } from "recharts";
import { cx } from "./cx";

/** A series' label and its colour, a CSS variable so both themes read it (`var(--chart-1)`). */
export type ChartConfig = Record<string, { label: string; color: string }>;

/** Colours of what surrounds the series, for Recharts props (they accept CSS variables). */
export const CHART = {
  grid: "var(--chart-grid)",
  axisTick: { fontSize: 11, fill: "var(--chart-axis)" },
  cursor: { fill: "var(--chart-cursor)" },
  highlight: "var(--chart-highlight)",
  tooltip: {
    contentStyle: { background: "var(--card)", border: "1px solid var(--border)", borderRadius: 6, color: "var(--card-foreground)", fontSize: 12 },
    labelStyle: { color: "var(--card-foreground)" },
    itemStyle: { color: "var(--card-foreground)" },
  },
} as const;

/**
 * Sizes a Recharts chart to its box and exposes each series' colour as `--color-<key>`, so the
 * chart writes `fill="var(--color-views)"` and follows the theme (shadcn/ui's ChartContainer).
 */
export function ChartContainer({
  config,
  height = "100%",
  className,
  label,
  children,
}: {
  config: ChartConfig;
  height?: number | `${number}%`;
  className?: string;
  label?: string;
  children: ReactElement;
}) {
  const vars = Object.fromEntries(Object.entries(config).map(([key, c]) => [`--color-${key}`, c.color])) as CSSProperties;
  return (
    <div className={cx("w-full text-xs", className)} style={vars} role={label ? "figure" : undefined} aria-label={label}>
      <ResponsiveContainer width="100%" height={height}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}

/**
 * A bar shape that is also a button: Tab reaches it, Enter or Space selects it (the same drill-down
 * a click does), and the focused bar gets the theme's focus ring. Pass the result as `<Bar shape>`,
 * made once per label and handler (useMemo), so bars are not remounted on every render.
 */
export function selectableBar<Row>(label: (row: Row) => string, onSelect: (row: Row) => void) {
  return function SelectableBar(props: BarShapeProps): ReactNode {
    const row = props.payload as Row;
    if (!row || !(props.width > 0) || !(props.height > 0)) return null;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== "Enter" && e.key !== " ") return;
      e.preventDefault();
      onSelect(row);
    };
    return (
      <g role="button" tabIndex={0} aria-label={label(row)} className="chart-bar cursor-pointer outline-none" onClick={() => onSelect(row)} onKeyDown={onKeyDown}>
        <Rectangle {...props} />
      </g>
    );
  };
}
