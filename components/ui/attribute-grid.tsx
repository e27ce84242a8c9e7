import type { ReactNode } from "react";

export interface AttributeRow {
  label: string;
  value: ReactNode;
  /** Shown on hover: the attribute's API name. */
  hint?: string;
}

/** Label/value pairs, in two columns unless `narrow` (a sidebar card); values are React text, never HTML. */
export function AttributeGrid({ rows, narrow = false }: { rows: AttributeRow[]; narrow?: boolean }) {
  return (
    <dl className={`grid grid-cols-1 gap-x-6 gap-y-2 text-sm ${narrow ? "" : "sm:grid-cols-2"}`}>
      {rows.map((row) => (
        <div key={row.label + (row.hint ?? "")} className="flex min-w-0 gap-3 border-b border-slate-50 py-1">
          <dt className={`${narrow ? "w-28" : "w-36"} shrink-0 text-slate-500`} title={row.hint}>
            {row.label}
          </dt>
          <dd className="min-w-0 break-words text-slate-900">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
