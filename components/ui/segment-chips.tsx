import Link from "next/link";

/** Segments as linked chips, for the contact and company pages. */
export function SegmentChips({ segments }: { segments: { id: string; name?: string | null }[] }) {
  return (
    <ul className="flex flex-wrap gap-1.5">
      {segments.map((s) => (
        <li key={s.id}>
          <Link
            href={`/segments/${encodeURIComponent(s.id)}`}
            className="inline-block rounded-md border border-slate-200 px-2 py-0.5 text-xs text-slate-700 hover:border-brand-300 hover:text-brand-700"
          >
            {s.name || s.id}
          </Link>
        </li>
      ))}
    </ul>
  );
}
