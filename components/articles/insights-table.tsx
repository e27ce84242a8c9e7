"use client";

import { Card } from "@/components/ui/card";
import { useVirtualizer } from "@tanstack/react-virtual";
import Link from "next/link";
import { parseAsStringLiteral, useQueryStates } from "nuqs";
import { useCallback, useMemo, useRef } from "react";
import { sortRows, type InsightRow, type SortKey } from "@/lib/articles/insights";
import { formatPercent, formatRate } from "@/lib/articles/statistics";
import { formatDate, formatNumber } from "@/lib/format/time";
import { StateBadge } from "@/components/ui/state-badge";

const ROW_HEIGHT = 33;
// The box is 36rem tall: the server renders the rows that fill it, before the browser can measure.
const BOX_HEIGHT = 576;

const KEYS = ["title", "state", "views", "conversions", "conversionRate", "reactions", "happy", "neutral", "sad", "updatedAt"] as const satisfies readonly SortKey[];

const COLUMNS: { key: SortKey; label: string; numeric: boolean; render: (r: InsightRow) => React.ReactNode }[] = [
  {
    key: "title",
    label: "Article",
    numeric: false,
    render: (r) => (
      <Link href={`/articles/${encodeURIComponent(r.id)}`} className="font-medium text-brand-600 hover:underline">
        {r.title}
      </Link>
    ),
  },
  { key: "state", label: "State", numeric: false, render: (r) => <StateBadge state={r.state} /> },
  { key: "views", label: "Views", numeric: true, render: (r) => formatNumber(r.views) },
  { key: "conversions", label: "Conversations", numeric: true, render: (r) => formatNumber(r.conversions) },
  { key: "conversionRate", label: "Conv. rate", numeric: true, render: (r) => formatRate(r.conversionRate) },
  { key: "reactions", label: "Reactions", numeric: true, render: (r) => formatNumber(r.reactions) },
  { key: "happy", label: "Happy", numeric: true, render: (r) => (r.reactions ? formatPercent(r.happy) : "—") },
  { key: "neutral", label: "Neutral", numeric: true, render: (r) => (r.reactions ? formatPercent(r.neutral) : "—") },
  { key: "sad", label: "Sad", numeric: true, render: (r) => (r.reactions ? formatPercent(r.sad) : "—") },
  { key: "updatedAt", label: "Updated", numeric: true, render: (r) => formatDate(r.updatedAt) },
];

/**
 * Every article's numbers; the sort column and direction live in the URL. Only the rows in view are
 * in the DOM (spacer rows stand in for the rest), so thousands of articles render and hydrate as fast
 * as a few dozen.
 */
export function InsightsTable({ rows }: { rows: InsightRow[] }) {
  const [{ sort, dir }, setSort] = useQueryStates({ sort: parseAsStringLiteral(KEYS).withDefault("views"), dir: parseAsStringLiteral(["asc", "desc"] as const).withDefault("desc") });
  const sorted = useMemo(() => sortRows(rows, sort, dir), [rows, sort, dir]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // A stable key function: a new one would make the virtualizer re-measure every row on each scroll.
  const getItemKey = useCallback((i: number) => sorted[i]!.id, [sorted]);
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    initialRect: { width: 0, height: BOX_HEIGHT },
    overscan: 10,
    getItemKey,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  const toggle = (key: SortKey, numeric: boolean) => {
    if (key === sort) void setSort({ dir: dir === "asc" ? "desc" : "asc" });
    else void setSort({ sort: key, dir: numeric ? "desc" : "asc" });
  };

  return (
    <Card className="overflow-hidden">
      <div ref={scrollRef} className="max-h-[36rem] overflow-auto" data-testid="insights-rows">
        <table className="w-full text-sm" data-testid="insights-table" aria-rowcount={sorted.length + 1}>
          <thead className="sticky top-0 z-10 border-b border-slate-200 bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-500">
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort === c.key ? (dir === "asc" ? "ascending" : "descending") : "none"} className={`px-3 py-2 ${c.numeric ? "text-right" : "text-left"}`}>
                  <button type="button" onClick={() => toggle(c.key, c.numeric)} className="inline-flex items-center gap-1 uppercase hover:text-slate-900">
                    {c.label}
                    <span aria-hidden className="w-2 text-slate-400">
                      {sort === c.key ? (dir === "asc" ? "↑" : "↓") : ""}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {before > 0 && <tr aria-hidden style={{ height: before }} />}
            {items.map((item) => {
              const r = sorted[item.index]!;
              return (
                <tr key={item.key} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2} data-testid="insights-row" className="hover:bg-slate-50">
                  {COLUMNS.map((c) => (
                    <td key={c.key} className={`px-3 py-1.5 ${c.numeric ? "whitespace-nowrap text-right tabular-nums text-slate-700" : "max-w-sm"}`}>
                      {c.render(r)}
                    </td>
                  ))}
                </tr>
              );
            })}
            {after > 0 && <tr aria-hidden style={{ height: after }} />}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
