import "server-only";
import type { SyncStream } from "@/lib/server/store";
import type { Store } from "@/lib/server/store";

export interface Freshness {
  /** When the stream last synced successfully (unix seconds), null when it never has. */
  asOf: number | null;
  lastError: string | null;
}

/** How fresh a report's data is: the sync state of the streams it reads. */
export async function freshness(store: Store, streams: SyncStream[]): Promise<Freshness> {
  const rows = await store.db.selectFrom("sync_state").select(["stream", "last_success_at", "last_error"]).where("stream", "in", streams).execute();
  if (rows.length < streams.length || rows.some((r) => r.last_success_at === null)) return { asOf: null, lastError: rows.find((r) => r.last_error)?.last_error ?? null };
  // The report is as fresh as its stalest stream.
  return { asOf: Math.min(...rows.map((r) => r.last_success_at!)), lastError: rows.find((r) => r.last_error)?.last_error ?? null };
}
