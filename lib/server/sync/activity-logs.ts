import "server-only";
import type { Transaction } from "kysely";
import { buildPath } from "@/lib/intercom/match";
import type { ActivityLogList } from "@/lib/intercom/types/activity-logs";
import type { Store, StoreSchema } from "@/lib/server/store";
import { appendEntries } from "./archive";
import { parseDetail, readState, writeState, type SyncStatePatch } from "./state";
import { bodyOf, type Call } from "./upstream";

/**
 * The activity log, into the archive. Each run first reads from the watermark minus an overlap to
 * now (entries that arrive late are caught, known ids are skipped), then carries the backfill one
 * window further back, newest first, so recent weeks are usable in seconds. The position inside a
 * window (Intercom's starting_after cursor) is saved with each page's rows, so a killed run resumes
 * at the page it was on: no duplicates, no gaps.
 */

export const OVERLAP_SECONDS = 15 * 60;
export const WINDOW_SECONDS = 7 * 86_400;
const PER_PAGE = 150;

/** A window being read: created_at in [after, before], resuming after `startingAfter`. */
interface Window {
  after: number;
  before: number;
  startingAfter: string | null;
}

interface Detail {
  /** The incremental read in progress. */
  recent?: Window | null;
  /** The backfill window in progress. */
  backfill?: Window | null;
}

export interface ActivityRunOptions {
  /** Stop the backfill after this many windows (a scheduler slice); all when absent. */
  maxWindows?: number;
  /** Oldest time worth reading (retention); everything when absent. */
  floor?: number;
  now?: number;
}

export async function syncActivityLogs(store: Store, call: Call, options: ActivityRunOptions = {}): Promise<number> {
  const { db } = store;
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const floor = options.floor ?? 0;
  let state = await readState(db, "activity_logs");
  let detail = parseDetail<Detail>(state) ?? {};
  let inserted = 0;
  let rowsTotal = state.rows_total;

  const save = async (trx: Transaction<StoreSchema> | typeof db, patch: SyncStatePatch) => {
    await writeState(trx, "activity_logs", { ...patch, detail: JSON.stringify(detail), rows_total: rowsTotal });
  };

  /** Reads a window page by page, fetching the next page while the current one is stored. */
  const readWindow = async (window: Window, onPage: (w: Window) => void) => {
    const fetchPage = (startingAfter: string | null) =>
      call({
        path: buildPath("admins.activity_logs", {}, { created_at_after: window.after, created_at_before: window.before, per_page: PER_PAGE, starting_after: startingAfter ?? undefined }),
      }).then((res) => bodyOf<ActivityLogList>(res));
    let pending = fetchPage(window.startingAfter);
    for (;;) {
      const page = await pending;
      const next = page.pages?.next?.starting_after ?? null;
      const entries = page.activity_logs ?? [];
      // Start the next request now; storing this page overlaps with its latency.
      if (next && entries.length > 0) {
        pending = fetchPage(next);
        // Handled here so a failure while this page is stored is not an unhandled rejection; the await above still throws.
        pending.catch(() => undefined);
      }
      window.startingAfter = next && entries.length > 0 ? next : null;
      onPage(window);
      const added = await appendEntries(db, entries, (trx) => save(trx, {}));
      inserted += added;
      rowsTotal += added;
      // The detail written with the page above already points at the next page.
      if (!window.startingAfter) return;
    }
  };

  // First run: nothing read yet; the backfill starts at now and the recent read picks up from there.
  if (state.watermark === null) {
    detail = { recent: null, backfill: null };
    await save(db, { watermark: now, backfill_cursor: now, backfill_done: 0 });
    state = await readState(db, "activity_logs");
  }

  // 1. Recent: from the watermark minus the overlap up to now.
  const recent: Window = detail.recent ?? { after: Math.max(floor, (state.watermark ?? now) - OVERLAP_SECONDS), before: now, startingAfter: null };
  detail.recent = recent;
  await readWindow(recent, (w) => (detail.recent = w));
  detail.recent = null;
  await save(db, { watermark: Math.max(state.watermark ?? 0, recent.before) });

  // 2. Backfill, newest window first, until Intercom has nothing older (or the retention floor).
  let cursor = state.backfill_cursor ?? now;
  let done = state.backfill_done === 1;
  let windows = 0;
  while (!done && (options.maxWindows === undefined || windows < options.maxWindows)) {
    const window: Window = detail.backfill ?? { after: Math.max(floor, cursor - WINDOW_SECONDS), before: cursor, startingAfter: null };
    detail.backfill = window;
    const before = inserted;
    await readWindow(window, (w) => (detail.backfill = w));
    windows++;
    detail.backfill = null;
    cursor = window.after;
    if (inserted === before && cursor > floor) {
      // An empty window: ask once whether anything older exists, and jump straight to it.
      const probe = bodyOf<ActivityLogList>(await call({ path: buildPath("admins.activity_logs", {}, { created_at_after: Math.max(1, floor), created_at_before: cursor, per_page: 1 }) }));
      const newest = probe.activity_logs?.[0]?.created_at;
      if (typeof newest === "number") cursor = Math.min(cursor, newest + 1);
      else done = true;
    }
    if (cursor <= floor) done = true;
    await save(db, { backfill_cursor: cursor, backfill_done: done ? 1 : 0 });
  }
  return inserted;
}
