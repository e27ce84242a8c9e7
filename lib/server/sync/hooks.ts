import "server-only";
import type { SyncStream } from "@/lib/server/store";

/** What a finished stream run reports to whoever listens (the reports' alert evaluation). */
export interface SyncCompletion {
  stream: SyncStream;
  /** Rows this run added or changed. */
  inserted: number;
}

type Listener = (event: SyncCompletion) => void | Promise<void>;

const listeners = new Set<Listener>();

/** Calls `listener` after each stream run; returns a function that stops it. */
export function onSyncComplete(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A listener that throws must not fail the sync or starve the other listeners. */
export async function notifySyncComplete(event: SyncCompletion): Promise<void> {
  for (const listener of listeners) {
    try {
      await listener(event);
    } catch (e) {
      console.error(JSON.stringify({ level: "error", msg: "sync listener failed", stream: event.stream, error: (e as Error)?.message }));
    }
  }
}
