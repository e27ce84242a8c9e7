import type { ReactNode } from "react";
import { CARD_CLASS } from "./card";

/** The bordered card every simple list sits in: a header row of column names, then the rows. */
export interface Column {
  label: string;
  align?: "right";
}

export function TableCard({ columns, children, dense = false }: { columns: Column[]; children: ReactNode; dense?: boolean }) {
  const pad = dense ? "px-3 py-2" : "px-4 py-2";
  return (
    <div className={`${CARD_CLASS} relative overflow-x-auto`}>
      <table className="w-full text-left text-sm">
        <thead className="border-b border-border bg-muted text-xs font-medium uppercase tracking-wide text-muted-foreground">
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={`${pad} font-medium${c.align === "right" ? " text-right" : ""}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">{children}</tbody>
      </table>
    </div>
  );
}

/** What a list says when it has nothing to show. */
export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className={`${CARD_CLASS} p-6 text-sm text-muted-foreground`}>{children}</p>;
}
