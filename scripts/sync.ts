/**
 * `npm run sync`: one pass of every stream into Lens's store (the activity-log backfill runs to the
 * end), for one-off or cron use; `--watch` keeps running on the in-server schedule instead.
 *   --streams activity_logs,admins   only these streams
 * Reads the same settings as the server (INTERCOM_ACCESS_TOKEN, LENS_DATA_DIR / DATABASE_URL, LENS_SYNC_SHARE…).
 * Exit code 0 when every stream succeeded, 1 when one failed, 75 when another writer holds the lock.
 */
import { closeStore, getStore, type SyncStream } from "@/lib/server/store";
import { runStreams, startSyncScheduler, STREAMS } from "@/lib/server/sync";

const args = process.argv.slice(2);
const streamsArg = args.includes("--streams") ? args[args.indexOf("--streams") + 1] : undefined;

function pickStreams(): SyncStream[] {
  if (!streamsArg) return [...STREAMS];
  const wanted = streamsArg.split(",").map((s) => s.trim());
  const unknown = wanted.filter((s) => !STREAMS.includes(s as SyncStream));
  if (unknown.length > 0) {
    console.error(`Unknown stream ${unknown.join(", ")}: choose from ${STREAMS.join(", ")}.`);
    process.exit(2);
  }
  return STREAMS.filter((s) => wanted.includes(s));
}

async function main(): Promise<number> {
  const streams = pickStreams();
  if (args.includes("--watch")) {
    await getStore();
    startSyncScheduler();
    console.log("Syncing on the server's schedule; Ctrl-C stops.");
    await new Promise(() => undefined);
  }
  const store = await getStore();
  const started = Date.now();
  const outcomes = await runStreams(store, streams);
  if (!outcomes) {
    console.error("Another Lens instance is syncing this store right now; nothing to do.");
    return 75;
  }
  for (const o of outcomes) console.log(`${o.stream.padEnd(14)} ${o.ok ? `ok, ${o.inserted} rows` : `failed: ${o.error}`}`);
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s (${store.name}).`);
  return outcomes.every((o) => o.ok) ? 0 : 1;
}

main()
  .then(async (code) => {
    await closeStore();
    process.exit(code);
  })
  .catch((e: unknown) => {
    console.error((e as Error)?.message ?? String(e));
    process.exit(1);
  });
