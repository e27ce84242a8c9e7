import "server-only";
import type { Transaction } from "kysely";
import { buildPath } from "@/lib/intercom/match";
import type { ActivityLogList } from "@/lib/intercom/types/activity-logs";
import type { Store, StoreSchema } from "@/lib/server/store";
import { appendEntries } from "./archive";
import { parseDetail, readState, writeState } from "./state";
import { bodyOf, type Call } from "./upstream";

/**
 * The activity log, into the archive. Each run first reads from the watermark minus an overlap to
 * now (entries that arrive late are caught, known ids are skipped), then carries the backfill further
 * back in 7-day windows, newest first, so recent weeks are usable in seconds. A few windows are read
 * at once (each page waits on Intercom's latency; the budget, not the latency, should set the pace),
 * and their pages are stored one at a time. Every page's rows are committed together with the
 * position of every window (Intercom's starting_after cursor), so a killed run resumes at the pages
 * it was on: no duplicates, no gaps.
 */

export const OVERLAP_SECONDS = 15 * 60;
export const WINDOW_SECONDS = 7 * 86_400;
const PER_PAGE = 150;
const PARALLEL_WINDOWS = 4;

/** A window being read: created_at in [after, before], resuming after `startingAfter`. */
interface Window {
  after: number;
  before: number;
  startingAfter: string | null;
}

interface Detail {
  /** The incremental read in progress. */
  recent?: Window | null;
  /** Backfill windows in progress. */
  backfill?: Window[] | null;
}

export interface ActivityRunOptions {
  /** Start at most this many backfill windows (a scheduler slice); all when absent. */
  maxWindows?: number;
  /** Oldest time worth reading (retention); everything when absent. */
  floor?: number;
  now?: number;
}

export async function syncActivityLogs(store: Store, call: Call, options: ActivityRunOptions = {}): Promise<number> {
  const { db } = store;
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const floor = options.floor ?? 0;
  const state = await readState(db, "activity_logs");
  const detail: Detail = parseDetail<Detail>(state) ?? {};
  let inserted = 0;
  let rowsTotal = state.rows_total;
  let watermark = state.watermark ?? now;
  // Oldest time a backfill window has been started at: every window below it is still to read.
  let cursor = state.backfill_cursor ?? now;
  let done = state.backfill_done === 1;
  // Intercom said nothing older exists: no new windows, done once the ones under way finish.
  let exhausted = false;
  let failed = false;

  // What is saved with each page: the position of every window, so the saved state is always whole.
  const save = (trx: Transaction<StoreSchema> | typeof db) =>
    writeState(trx, "activity_logs", { detail: JSON.stringify(detail), rows_total: rowsTotal, watermark, backfill_cursor: cursor, backfill_done: done ? 1 : 0 });

  // Pages are stored one at a time: the hash chain has one head.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn);
    queue = run.catch(() => undefined);
    return run;
  };

  /** Reads a window page by page, fetching the next page while the current one is stored; returns the entries seen. */
  const readWindow = async (window: Window, finish: () => void): Promise<number> => {
    const fetchPage = (startingAfter: string | null) =>
      call({
        path: buildPath("admins.activity_logs", {}, { created_at_after: window.after, created_at_before: window.before, per_page: PER_PAGE, starting_after: startingAfter ?? undefined }),
      }).then((res) => bodyOf<ActivityLogList>(res));
    let seen = 0;
    let pending = fetchPage(window.startingAfter);
    for (;;) {
      const page = await pending;
      const next = page.pages?.next?.starting_after ?? null;
      const entries = page.activity_logs ?? [];
      const more = Boolean(next && entries.length > 0 && !failed);
      if (more) {
        pending = fetchPage(next);
        // Handled here so a failure while this page is stored is not an unhandled rejection; the await above still throws.
        pending.catch(() => undefined);
      }
      seen += entries.length;
      await exclusive(() => {
        window.startingAfter = more ? next : null;
        if (!more) finish();
        return appendEntries(db, entries, (trx, added) => {
          inserted += added;
          rowsTotal += added;
          return save(trx);
        });
      });
      if (!more) return seen;
    }
  };

  // 1. Recent: from the watermark minus the overlap up to now.
  const recent: Window = detail.recent ?? { after: Math.max(floor, watermark - OVERLAP_SECONDS), before: now, startingAfter: null };
  detail.recent = recent;
  await readWindow(recent, () => {
    detail.recent = null;
    watermark = Math.max(watermark, recent.before);
  });

  // 2. Backfill, newest window first, until Intercom has nothing older (or the retention floor).
  const active: Window[] = detail.backfill ?? [];
  detail.backfill = active;
  const resumed = [...active];
  let started = 0;
  const nextWindow = (): Window | null => {
    const again = resumed.shift();
    if (again) return again;
    if (done || failed || exhausted || cursor <= floor || (options.maxWindows !== undefined && started >= options.maxWindows)) return null;
    started++;
    const w: Window = { after: Math.max(floor, cursor - WINDOW_SECONDS), before: cursor, startingAfter: null };
    cursor = w.after;
    active.push(w);
    return w;
  };
  const backfillWindow = async (w: Window) => {
    const seen = await readWindow(w, () => {
      active.splice(active.indexOf(w), 1);
      if (active.length === 0 && (cursor <= floor || exhausted)) done = true;
    });
    if (seen > 0 || w.after <= floor) return;
    // An empty window: ask once whether anything older exists, and jump straight to it.
    const probe = bodyOf<ActivityLogList>(await call({ path: buildPath("admins.activity_logs", {}, { created_at_after: Math.max(1, floor), created_at_before: w.after, per_page: 1 }) }));
    const newest = probe.activity_logs?.[0]?.created_at;
    await exclusive(() => {
      if (typeof newest === "number") cursor = Math.min(cursor, newest + 1);
      else exhausted = true;
      if (active.length === 0 && (cursor <= floor || exhausted)) done = true;
      return save(db);
    });
  };
  const worker = async () => {
    for (let w = nextWindow(); w; w = nextWindow()) {
      try {
        await backfillWindow(w);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  const results = await Promise.allSettled(Array.from({ length: PARALLEL_WINDOWS }, worker));
  const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failure) throw failure.reason;
  if (!done && active.length === 0 && (cursor <= floor || exhausted)) {
    done = true;
    await save(db);
  }
  return inserted;
}
