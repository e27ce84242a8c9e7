import type { ReactNode } from "react";

/** A compact label/value list for the side of detail pages. */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd className="min-w-0 break-words text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ExternalLink({ href }: { href: string | null | undefined }) {
  if (!href) return <span className="text-slate-400">—</span>;
  const safe = /^https?:\/\//i.test(href);
  return safe ? (
    <a href={href} target="_blank" rel="noopener noreferrer" className="break-all text-brand-600 hover:underline">
      {href}
    </a>
  ) : (
    <span className="break-all">{href}</span>
  );
}
