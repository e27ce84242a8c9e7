"use client";

import type { HeatCell } from "@/lib/audit/filter";
import { formatNumber } from "@/lib/format/time";

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Hour × weekday grid of buttons: a heatmap that the keyboard and screen readers can use too. */
export function Heatmap({ counts, max, selected, onSelect }: { counts: number[][]; max: number; selected: HeatCell | null; onSelect: (cell: HeatCell) => void }) {
  return (
    <div className="relative overflow-x-auto">
      <div role="grid" aria-label="Events by weekday and hour" className="grid min-w-[640px] gap-[3px]" style={{ gridTemplateColumns: "5.5rem repeat(24, minmax(0, 1fr))" }}>
        <div role="row" className="contents">
          <span role="columnheader" />
          {Array.from({ length: 24 }, (_, h) => (
            <span key={h} role="columnheader" className="text-center text-[10px] text-slate-500">
              {h % 3 === 0 ? String(h).padStart(2, "0") : ""}
            </span>
          ))}
        </div>
        {counts.map((hours, weekday) => (
          <div role="row" key={weekday} className="contents">
            <span role="rowheader" className="self-center text-xs text-slate-600">
              {WEEKDAYS[weekday]}
            </span>
            {hours.map((count, hour) => {
              const isSelected = selected?.weekday === weekday && selected.hour === hour;
              const strength = max ? count / max : 0;
              const label = `${WEEKDAYS[weekday]} ${String(hour).padStart(2, "0")}:00: ${formatNumber(count)} events`;
              return (
                <button
                  key={hour}
                  type="button"
                  role="gridcell"
                  aria-label={label}
                  aria-selected={isSelected}
                  title={label}
                  data-testid={`heat-${weekday}-${hour}`}
                  onClick={() => onSelect({ weekday, hour })}
                  className={`h-6 rounded-sm outline-offset-1 focus-visible:outline-2 focus-visible:outline-brand-600 ${isSelected ? "ring-2 ring-slate-900" : ""} ${selected && !isSelected ? "opacity-50" : ""}`}
                  style={{ background: count ? `rgba(var(--chart-heat), ${0.12 + strength * 0.88})` : "var(--chart-cursor)" }}
                />
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
