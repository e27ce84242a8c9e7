import Link from "next/link";

export interface Crumb {
  href?: string;
  label: string;
}

/** Where a page sits in the help center: Help center › Center › Collection › Section. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-xs text-slate-500">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((c, i) => (
          <li key={`${c.label}-${i}`} className="flex items-center gap-1">
            {i > 0 && <span aria-hidden>›</span>}
            {c.href ? (
              <Link href={c.href} className="hover:text-brand-600 hover:underline">
                {c.label}
              </Link>
            ) : (
              <span className="text-slate-700">{c.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
