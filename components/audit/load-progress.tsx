import { Card } from "@/components/ui/card";
import type { RangeProgress } from "@/lib/audit/fetch-range";
import { formatNumber } from "@/lib/format/time";

/** How far the range's pages have loaded; the table and charts appear once every page is in. */
export function LoadProgress({ progress }: { progress: RangeProgress | null }) {
  const total = progress?.totalPages ?? null;
  const pct = total ? Math.min(100, Math.round(((progress?.pages ?? 0) / total) * 100)) : null;
  return (
    <Card className="p-4" role="status" aria-live="polite" data-testid="audit-progress">
      <div className="flex items-baseline justify-between text-sm">
        <span className="font-medium text-slate-800">Loading the activity log…</span>
        <span className="tabular-nums text-slate-500">
          {formatNumber(progress?.entries ?? 0)} entries
          {total ? ` · page ${formatNumber(progress?.pages ?? 0)} of ${formatNumber(total)}` : ""}
        </span>
      </div>
      <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-slate-100" role="progressbar" aria-label="Pages loaded" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct ?? undefined}>
        <div className={`h-full rounded-full bg-brand-600 transition-[width] ${pct === null ? "w-1/12 animate-pulse" : ""}`} style={pct === null ? undefined : { width: `${pct}%` }} />
      </div>
    </Card>
  );
}
