import type { TicketType } from "@/lib/intercom/types/conversations";

export function TypeBadges({ type }: { type: TicketType }) {
  return (
    <>
      {type.is_internal && <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-[11px] font-medium text-slate-700">Back-office</span>}
      {type.archived && <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-[11px] font-medium text-slate-500">Archived</span>}
    </>
  );
}
