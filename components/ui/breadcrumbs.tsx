import Link from "next/link";
import type { ReactNode } from "react";
import { FOCUS_RING } from "./focus";

export interface Crumb {
  label: ReactNode;
  /** Omitted for the current page (the last crumb). */
  href?: string;
}

/** Where a page sits: links to its parents, then the page itself marked as current. */
export function Breadcrumbs({ items, label = "Breadcrumb" }: { items: Crumb[]; label?: string }) {
  return (
    <nav aria-label={label} className="mb-2 text-xs text-muted-foreground">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((c, i) => (
          <li key={i} className="flex min-w-0 items-center gap-1">
            {i > 0 && <span aria-hidden>›</span>}
            {c.href ? (
              <Link href={c.href} className={`rounded underline decoration-slate-300 underline-offset-2 hover:text-brand-600 hover:decoration-current ${FOCUS_RING}`}>
                {c.label}
              </Link>
            ) : (
              <span aria-current={i === items.length - 1 ? "page" : undefined} className="truncate text-foreground">
                {c.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
