/**
 * Bench helper, run with `tsx --conditions react-server` when the sync cannot read the large fake's
 * conversations or articles in time (its search generates all 100,000 conversations per page): writes
 * the same rows the sync would, with the sync's own mapping, straight from the fake's generators.
 *   LENS_DATA_DIR=… tsx --conditions react-server bench/fill-report-store.ts
 */
import { articleHistory } from "@/lib/fake/workspace/article-history";
import { createWorkspace } from "@/lib/fake/workspace/context";
import { conversationCount, conversationItemAt } from "@/lib/fake/workspace/conversations";
import { SCALES } from "@/lib/fake/workspace/scale";
import type { ConversationListItem } from "@/lib/intercom/types/conversations";
import { closeStore, getStore } from "@/lib/server/store";
import { conversationFacts } from "@/lib/server/sync/conversations";

const BATCH = 500;

async function main(): Promise<void> {
  const store = await getStore();
  const ws = createWorkspace(SCALES.large, "https://api.intercom.io");
  const now = ws.now;
  let batch: ReturnType<typeof conversationFacts>[] = [];
  const flush = async () => {
    if (batch.length)
      await store.db
        .insertInto("conversation_facts")
        .values(batch)
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
    batch = [];
  };
  for (let i = 0; i < conversationCount(ws); i++) {
    batch.push(conversationFacts(conversationItemAt(ws, i) as unknown as ConversationListItem, now));
    if (batch.length === BATCH) await flush();
  }
  await flush();
  const snapshots = Array.from({ length: ws.scale.articles }, (_, i) => articleHistory(ws, i, 30))
    .flat()
    .map((s) => ({ ...s, captured_at: now }));
  for (let i = 0; i < snapshots.length; i += BATCH) {
    await store.db
      .insertInto("article_stats_daily")
      .values(snapshots.slice(i, i + BATCH))
      .onConflict((oc) => oc.columns(["article_id", "day"]).doNothing())
      .execute();
  }
  for (const stream of ["conversations", "articles"]) {
    await store.db
      .insertInto("sync_state")
      .values({ stream, watermark: now, backfill_cursor: null, backfill_done: 1, last_run_at: now, last_success_at: now, last_error: null, rows_total: 0, detail: null })
      .onConflict((oc) => oc.column("stream").doUpdateSet({ last_success_at: now, last_error: null }))
      .execute();
  }
  console.log(`filled ${conversationCount(ws)} conversation facts and ${snapshots.length} article snapshots`);
  await closeStore();
}

void main();
