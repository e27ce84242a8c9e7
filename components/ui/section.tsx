import { Card } from "@/components/ui/card";
import type { ReactNode } from "react";

/** A titled white card: the building block of the detail pages. */
export function Section({ title, count, actions, children, id }: { title: string; count?: number | null; actions?: ReactNode; children: ReactNode; id?: string }) {
  return (
    <Card as="section" aria-labelledby={id ? `${id}-title` : undefined} data-testid={id}>
      <header className="flex items-center justify-between gap-3 border-b border-slate-100 px-4 py-2.5">
        <h2 id={id ? `${id}-title` : undefined} className="text-sm font-semibold text-slate-900">
          {title}
          {count !== undefined && count !== null && <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium tabular-nums text-slate-600">{count}</span>}
        </h2>
        {actions}
      </header>
      <div className="p-4">{children}</div>
    </Card>
  );
}

/** The sentence an empty list shows. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="text-sm text-slate-500">{children}</p>;
}
