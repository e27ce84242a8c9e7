import { DASH } from "@/lib/format/time";

export function AwayBadge({ away, reassign }: { away: boolean | null | undefined; reassign: boolean | null | undefined }) {
  if (away === null || away === undefined) return <span className="text-slate-400">{DASH}</span>;
  if (!away)
    return (
      <span className="inline-flex items-center gap-1.5 text-emerald-700">
        <span aria-hidden className="size-2 rounded-full bg-emerald-500" />
        Active
      </span>
    );
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span className="inline-flex items-center gap-1.5 text-amber-700">
        <span aria-hidden className="size-2 rounded-full bg-amber-500" />
        Away
      </span>
      {reassign && (
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-[11px] text-slate-600" title="New conversations are reassigned while away">
          Reassigning
        </span>
      )}
    </span>
  );
}

export function SeatBadge({ seat }: { seat: boolean | null | undefined }) {
  if (seat === null || seat === undefined) return <span className="text-slate-400">{DASH}</span>;
  return seat ? <span className="rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-700">Inbox seat</span> : <span className="text-xs text-slate-500">No seat</span>;
}
