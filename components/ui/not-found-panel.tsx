import Link from "next/link";

/** A clear "not found" for a wrong or unknown id; the id is rendered as text, never as HTML. */
export function NotFoundPanel({ what, id, backHref, backLabel }: { what: string; id?: string; backHref: string; backLabel: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-8 text-center" data-testid="not-found">
      <p className="text-lg font-semibold text-slate-900">{what} not found</p>
      {id !== undefined && (
        <p className="mt-2 text-sm text-slate-500">
          No {what.toLowerCase()} has the id <code className="rounded bg-slate-100 px-1 font-mono text-slate-700">{id.length > 80 ? `${id.slice(0, 80)}…` : id}</code>.
        </p>
      )}
      <Link href={backHref} className="mt-4 inline-block text-sm font-medium text-brand-600 hover:underline">
        {backLabel}
      </Link>
    </div>
  );
}
