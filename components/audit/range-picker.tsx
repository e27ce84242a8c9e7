"use client";

import { useState } from "react";
import { PRESETS, type RangeId } from "@/lib/audit/range";

/** Presets and a custom day range. The custom days apply together, so one date alone fetches nothing. */
export function RangePicker({
  value,
  fromDay,
  toDay,
  maxDay,
  onPreset,
  onCustom,
}: {
  value: RangeId;
  fromDay: string;
  toDay: string;
  maxDay: string;
  onPreset: (id: Exclude<RangeId, "custom">) => void;
  onCustom: (from: string, to: string) => void;
}) {
  const [draft, setDraft] = useState<{ from: string; to: string } | null>(null);
  const from = draft?.from ?? fromDay;
  const to = draft?.to ?? toDay;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <div role="group" aria-label="Date range" className="inline-flex overflow-hidden rounded-md border border-slate-300 bg-card text-sm">
        {PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            aria-pressed={value === p.id}
            onClick={() => {
              setDraft(null);
              onPreset(p.id);
            }}
            className={`border-r border-slate-200 px-3 py-1.5 last:border-r-0 ${value === p.id ? "bg-slate-900 font-medium text-white" : "text-slate-700 hover:bg-slate-50"}`}
          >
            {p.label}
          </button>
        ))}
      </div>
      <form
        className="flex flex-wrap items-center gap-2 text-sm"
        onSubmit={(e) => {
          e.preventDefault();
          setDraft(null);
          onCustom(from, to);
        }}
      >
        <label className="flex items-center gap-1 text-slate-600">
          From
          <input
            type="date"
            value={from}
            max={maxDay}
            onChange={(e) => setDraft({ from: e.target.value, to })}
            className="rounded-md border border-slate-300 px-2 py-1 text-slate-900"
            aria-label="From date"
          />
        </label>
        <label className="flex items-center gap-1 text-slate-600">
          to
          <input
            type="date"
            value={to}
            max={maxDay}
            onChange={(e) => setDraft({ from, to: e.target.value })}
            className="rounded-md border border-slate-300 px-2 py-1 text-slate-900"
            aria-label="To date"
          />
        </label>
        <button
          type="submit"
          className={`rounded-md border px-3 py-1.5 font-medium ${value === "custom" && !draft ? "border-slate-900 bg-slate-900 text-white" : "border-slate-300 bg-card text-slate-700 hover:bg-slate-50"}`}
        >
          {value === "custom" && !draft ? "Custom range" : "Apply range"}
        </button>
      </form>
    </div>
  );
}
