import "server-only";
import type { SyncStatus } from "@/lib/sync/types";
import type { Store } from "@/lib/server/store";
import { verifyArchive, type ArchiveVerification } from "./archive";
import { syncPending } from "./scheduler";
import { syncSettings } from "./settings";
import { readAllStates } from "./state";

/** Walking the chain reads the whole archive, so /sync reuses a recent verification of the same rows. */
const VERIFY_REUSE_MS = 60_000;
let lastVerification: { key: string; at: number; result: ArchiveVerification } | undefined;

async function archiveVerification(store: Store): Promise<ArchiveVerification> {
  const head = await store.db
    .selectFrom("activity_log")
    .select((eb) => [eb.fn.max("seq").as("max"), eb.fn.countAll().as("n")])
    .executeTakeFirst();
  const key = `${store.name}|${head?.max ?? 0}|${head?.n ?? 0}`;
  if (lastVerification && lastVerification.key === key && Date.now() - lastVerification.at < VERIFY_REUSE_MS) return lastVerification.result;
  const result = await verifyArchive(store.db);
  lastVerification = { key, at: Date.now(), result };
  return result;
}

export async function syncStatus(store: Store): Promise<SyncStatus> {
  const settings = syncSettings();
  const [states, archive] = await Promise.all([readAllStates(store.db), archiveVerification(store)]);
  return {
    store: store.name,
    scheduled: settings.enabled,
    share: settings.share,
    archiveDays: settings.archiveDays,
    archive,
    streams: states.map((s) => ({
      stream: s.stream,
      lastRunAt: s.last_run_at,
      lastSuccessAt: s.last_success_at,
      watermark: s.watermark,
      backfillCursor: s.backfill_cursor,
      backfillDone: s.backfill_done === 1,
      rows: Number(s.rows_total),
      lastError: s.last_error,
      running: syncPending(s.stream),
    })),
  };
}
