import { formatDateTime, formatRelative } from "@/lib/format/time";
import type { Fresh } from "@/lib/reports/api-types";

/** How fresh a report is: from the sync state of the streams it reads. */
export function Freshness({ fresh }: { fresh: Fresh }) {
  if (fresh.asOf === null) {
    return <p className="text-sm text-amber-800">Not synced yet: this report fills in once Lens has synced the workspace into its store.</p>;
  }
  return (
    <p className="text-sm text-muted-foreground" data-testid="freshness">
      Data as of <time dateTime={new Date(fresh.asOf * 1000).toISOString()}>{formatDateTime(fresh.asOf)}</time> ({formatRelative(fresh.asOf)}), from Lens&apos;s store.
      {fresh.lastError && <span className="text-amber-800"> The last sync reported a problem: {fresh.lastError}</span>}
    </p>
  );
}
