import "server-only";
import { getStore, type SyncStream } from "@/lib/server/store";
import { utcDay } from "./articles";
import { runStreams } from "./runner";
import { readAllStates, STREAMS, type SyncStateRow } from "./state";

/**
 * The in-server sync: a tick every few seconds runs whichever streams are due, in one pass under
 * the writer lock. Activity logs backfill a few windows per pass, so a long first backfill never
 * holds back the other streams (or a Refresh) for long.
 */

const TICK_MS = 5_000;
const WINDOWS_PER_PASS = 8;
/** After a failure, wait this long before trying that stream again. */
const RETRY_AFTER_ERROR_S = 60;

export const INTERVALS_S: Record<SyncStream, number> = {
  activity_logs: 5 * 60,
  conversations: 10 * 60,
  admins: 60 * 60,
  articles: 24 * 60 * 60,
};

/** Streams due now: never run, past their interval, a backfill still under way, or articles not yet snapshotted today. */
export function dueStreams(states: readonly SyncStateRow[], now: number): SyncStream[] {
  return states
    .filter((s) => {
      if (s.last_run_at === null) return true;
      if (s.last_error) return now - s.last_run_at >= RETRY_AFTER_ERROR_S;
      if (s.stream === "activity_logs" && s.backfill_done !== 1) return true;
      if (s.stream === "articles") return s.last_success_at === null || utcDay(s.last_success_at) !== utcDay(now);
      return now - (s.last_success_at ?? 0) >= INTERVALS_S[s.stream];
    })
    .map((s) => s.stream);
}

interface Scheduler {
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
  requested: Set<SyncStream>;
  /** Streams of the pass under way. */
  inPass: Set<SyncStream>;
  lastFailure: string | null;
}

const scheduler: Scheduler = { timer: null, running: null, requested: new Set(), inPass: new Set(), lastFailure: null };

async function pass(): Promise<void> {
  const store = await getStore();
  const now = Math.floor(Date.now() / 1000);
  const due = new Set([...dueStreams(await readAllStates(store.db), now), ...scheduler.requested]);
  scheduler.requested.clear();
  if (due.size === 0) return;
  scheduler.inPass = due;
  try {
    await runStreams(
      store,
      STREAMS.filter((s) => due.has(s)),
      { maxWindows: WINDOWS_PER_PASS },
    );
  } finally {
    scheduler.inPass = new Set();
  }
}

function tick(): void {
  if (scheduler.running) {
    // A request made during a pass runs right after it.
    if (scheduler.requested.size > 0) void scheduler.running.then(() => tick());
    return;
  }
  scheduler.running = pass()
    .then(() => {
      scheduler.lastFailure = null;
    })
    .catch((e: unknown) => {
      // A store that stays down is logged once, not on every tick.
      const message = (e as Error)?.message ?? String(e);
      if (message !== scheduler.lastFailure) console.error(JSON.stringify({ level: "error", msg: "sync pass failed", error: message }));
      scheduler.lastFailure = message;
    })
    .finally(() => {
      scheduler.running = null;
    });
}

/** Starts the scheduler once per process; the first pass runs at once. */
export function startSyncScheduler(): void {
  if (scheduler.timer) return;
  scheduler.timer = setInterval(tick, TICK_MS);
  scheduler.timer.unref();
  tick();
}

export function stopSyncScheduler(): Promise<void> {
  if (scheduler.timer) clearInterval(scheduler.timer);
  scheduler.timer = null;
  return scheduler.running ?? Promise.resolve();
}

/**
 * Asks for a run of `stream` now (the article insights' Refresh). It runs even when LENS_SYNC=off
 * stopped the schedule: someone asked for it.
 */
export function requestSync(stream: SyncStream): void {
  scheduler.requested.add(stream);
  tick();
}

/** Whether a run of `stream` was asked for or is under way in this process. */
export function syncPending(stream: SyncStream): boolean {
  return scheduler.requested.has(stream) || scheduler.inPass.has(stream);
}
