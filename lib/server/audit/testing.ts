import type { PageFetcher } from "@/lib/audit/fetch-range";
import type { ActivityLog } from "@/lib/intercom/types/activity-logs";
import type { Store } from "@/lib/server/store";

/** Test helpers for the audit store: archive rows as the sync writes them, and a live log to read. */

export async function archive(store: Store, logs: readonly ActivityLog[]): Promise<void> {
  const rows = logs.map((e, i) => ({
    id: e.id,
    seq: i + 1,
    created_at: e.created_at ?? 0,
    activity_type: e.activity_type ?? "unknown",
    admin_id: e.performed_by?.id ?? null,
    admin_email: e.performed_by?.email ?? null,
    admin_ip: e.performed_by?.ip ?? null,
    description: e.activity_description ?? null,
    metadata: e.metadata ? JSON.stringify(e.metadata) : null,
    entry: JSON.stringify(e),
    prev_hash: `h${i}`,
    hash: `h${i + 1}`,
  }));
  for (let i = 0; i < rows.length; i += 500)
    await store.db
      .insertInto("activity_log")
      .values(rows.slice(i, i + 500))
      .execute();
}

export async function syncedThrough(store: Store, watermark: number, backfillCursor: number, backfillDone = false): Promise<void> {
  await store.db
    .insertInto("sync_state")
    .values({
      stream: "activity_logs",
      watermark,
      backfill_cursor: backfillCursor,
      backfill_done: backfillDone ? 1 : 0,
      rows_total: 0,
      last_run_at: null,
      last_success_at: null,
      last_error: null,
      detail: null,
    })
    .onConflict((oc) => oc.column("stream").doUpdateSet({ watermark, backfill_cursor: backfillCursor, backfill_done: backfillDone ? 1 : 0 }))
    .execute();
}

/** Intercom's activity-log endpoint over an array: created_at bounds, per_page, starting_after. */
export function liveLog(logs: readonly ActivityLog[]): { fetchPage: PageFetcher; calls: Record<string, string | number>[] } {
  const calls: Record<string, string | number>[] = [];
  const sorted = [...logs].sort((a, b) => (b.created_at ?? 0) - (a.created_at ?? 0));
  const fetchPage: PageFetcher = async (query) => {
    calls.push(query);
    const inRange = sorted.filter((e) => (e.created_at ?? 0) >= Number(query.created_at_after) && (e.created_at ?? 0) <= Number(query.created_at_before));
    const per = Number(query.per_page ?? 150);
    const start = query.starting_after ? Number(query.starting_after) : 0;
    const page = inRange.slice(start, start + per);
    const next = start + per < inRange.length ? String(start + per) : null;
    return { type: "activity_log.list", pages: { total_pages: Math.max(1, Math.ceil(inRange.length / per)), next: next ? { starting_after: next } : null }, activity_logs: page };
  };
  return { fetchPage, calls };
}
