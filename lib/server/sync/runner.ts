import "server-only";
import type { Store, SyncStream } from "@/lib/server/store";
import { UpstreamFailure } from "../intercom/client";
import { syncActivityLogs } from "./activity-logs";
import { syncAdmins } from "./admins";
import { pruneArchive } from "./archive";
import { snapshotArticles } from "./articles";
import { syncConversations } from "./conversations";
import { notifySyncComplete } from "./hooks";
import { withWriterLock } from "./lock";
import { syncSettings } from "./settings";
import { writeState } from "./state";
import { SyncBudget, SyncUpstreamError, type Call } from "./upstream";

export interface StreamOutcome {
  stream: SyncStream;
  ok: boolean;
  inserted: number;
  error?: string;
}

export interface RunOptions {
  /** Backfill windows per activity-log run; all when absent (a one-off `npm run sync`). */
  maxWindows?: number;
  call?: Call;
}

let defaultBudget: SyncBudget | undefined;

/** The process's sync budget: one limiter for every stream, so together they keep to the share. */
export function syncBudget(): SyncBudget {
  defaultBudget ??= new SyncBudget(syncSettings().share);
  return defaultBudget;
}

/**
 * Runs the given streams one after another under the writer lock. Resolves to null when another
 * instance holds the lock (it is syncing; nothing to do here). A failing stream records its error
 * and the others still run.
 */
export async function runStreams(store: Store, streams: readonly SyncStream[], options: RunOptions = {}): Promise<StreamOutcome[] | null> {
  const call = options.call ?? syncBudget().call;
  const settings = syncSettings();
  const held = await withWriterLock(store, async () => {
    const outcomes: StreamOutcome[] = [];
    for (const stream of streams) outcomes.push(await runOne(store, stream, call, options, settings.archiveDays));
    return outcomes;
  });
  if (!held) return null;
  for (const o of held.value) if (o.ok) await notifySyncComplete({ stream: o.stream, inserted: o.inserted });
  return held.value;
}

async function runOne(store: Store, stream: SyncStream, call: Call, options: RunOptions, archiveDays: number | null): Promise<StreamOutcome> {
  const now = Math.floor(Date.now() / 1000);
  await writeState(store.db, stream, { last_run_at: now });
  try {
    let inserted: number;
    switch (stream) {
      case "activity_logs": {
        const floor = archiveDays === null ? undefined : now - archiveDays * 86_400;
        inserted = await syncActivityLogs(store, call, { maxWindows: options.maxWindows, floor });
        if (archiveDays !== null) await pruneArchive(store.db, archiveDays, now);
        break;
      }
      case "admins":
        inserted = await syncAdmins(store, call, now);
        await writeState(store.db, stream, { rows_total: inserted, watermark: now, backfill_done: 1 });
        break;
      case "articles":
        inserted = await snapshotArticles(store, call, now);
        await writeState(store.db, stream, { rows_total: inserted, watermark: now, backfill_done: 1 });
        break;
      case "conversations":
        inserted = await syncConversations(store, call, now);
        break;
    }
    await writeState(store.db, stream, { last_success_at: Math.floor(Date.now() / 1000), last_error: null });
    return { stream, ok: true, inserted };
  } catch (e) {
    const error = describeFailure(e);
    console.error(JSON.stringify({ level: "error", msg: "sync stream failed", stream, error }));
    await writeState(store.db, stream, { last_error: error }).catch(() => undefined);
    return { stream, ok: false, inserted: 0, error };
  }
}

/** What /sync shows: Intercom's answer or the kind of fault, never a stack trace or the token. */
function describeFailure(e: unknown): string {
  if (e instanceof SyncUpstreamError || e instanceof UpstreamFailure) return e.message;
  return `Lens could not store what it read: ${(e as Error)?.message ?? String(e)}`.slice(0, 500);
}
