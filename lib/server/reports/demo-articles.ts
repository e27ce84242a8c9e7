import "server-only";
import { articleHistory } from "@/lib/fake/workspace/article-history";
import { createWorkspace } from "@/lib/fake/workspace/context";
import { SCALES } from "@/lib/fake/workspace/scale";
import { intercomSettings } from "@/lib/server/env";
import type { Store } from "@/lib/server/store";

const SEED_DAYS = 30;
let seeding: Promise<void> | undefined;

/**
 * The demo has no weeks of watching behind it, so when its store holds fewer than two days of
 * article snapshots, 30 days are generated from the fake. Live mode never seeds: its history is
 * what the sync has seen. Existing rows (the sync's own snapshot of today) win over seeded ones.
 */
export function ensureDemoArticleHistory(store: Store): Promise<void> {
  if (intercomSettings().mode !== "demo") return Promise.resolve();
  seeding ??= seed(store).catch((e) => {
    seeding = undefined;
    throw e;
  });
  return seeding;
}

async function seed(store: Store): Promise<void> {
  const days = await store.db.selectFrom("article_stats_daily").select("day").distinct().limit(2).execute();
  if (days.length >= 2) return;
  const settings = intercomSettings();
  const ws = createWorkspace(SCALES[settings.fakeScale], "https://api.intercom.io");
  const capturedAt = ws.now;
  let batch: Parameters<typeof insert>[1] = [];
  for (let i = 0; i < ws.scale.articles; i++) {
    for (const s of articleHistory(ws, i, SEED_DAYS)) {
      batch.push({ ...s, captured_at: capturedAt });
      if (batch.length === 500) {
        await insert(store, batch);
        batch = [];
      }
    }
  }
  if (batch.length) await insert(store, batch);
}

async function insert(store: Store, rows: (ReturnType<typeof articleHistory>[number] & { captured_at: number })[]): Promise<void> {
  await store.db
    .insertInto("article_stats_daily")
    .values(rows)
    .onConflict((oc) => oc.columns(["article_id", "day"]).doNothing())
    .execute();
}
