import "server-only";
import type { Kysely, Selectable, Transaction, Updateable } from "kysely";
import type { StoreSchema, SyncStateTable, SyncStream } from "@/lib/server/store";

export type SyncStateRow = Selectable<SyncStateTable> & { stream: SyncStream };
export type SyncStatePatch = Omit<Updateable<SyncStateTable>, "stream">;
type Db = Kysely<StoreSchema> | Transaction<StoreSchema>;

export const STREAMS: readonly SyncStream[] = ["admins", "activity_logs", "conversations", "articles"];

const EMPTY: Omit<SyncStateRow, "stream"> = { watermark: null, backfill_cursor: null, backfill_done: 0, last_run_at: null, last_success_at: null, last_error: null, rows_total: 0, detail: null };

export async function readState(db: Db, stream: SyncStream): Promise<SyncStateRow> {
  const row = await db.selectFrom("sync_state").selectAll().where("stream", "=", stream).executeTakeFirst();
  return (row as SyncStateRow | undefined) ?? { stream, ...EMPTY };
}

export async function readAllStates(db: Db): Promise<SyncStateRow[]> {
  const rows = await db.selectFrom("sync_state").selectAll().execute();
  return STREAMS.map((stream) => (rows.find((r) => r.stream === stream) as SyncStateRow | undefined) ?? { stream, ...EMPTY });
}

/** Writes part of a stream's row, creating it on first use. */
export async function writeState(db: Db, stream: SyncStream, patch: SyncStatePatch): Promise<void> {
  await db
    .insertInto("sync_state")
    .values({ stream, ...EMPTY, ...patch })
    .onConflict((oc) => oc.column("stream").doUpdateSet(patch))
    .execute();
}

export function parseDetail<T>(row: SyncStateRow): T | null {
  if (!row.detail) return null;
  try {
    return JSON.parse(row.detail) as T;
  } catch {
    return null;
  }
}
