import { statSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingMigrations } from "./migrate";
import { openStore } from "./store";
import { describeStore, storeSettings } from "./settings";
import { createTestStore, DIALECTS, type TestStore } from "./testing";

describe.each(DIALECTS)("store on %s", (dialect) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createTestStore(dialect);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("applies every migration at open", async () => {
    expect(await pendingMigrations(t.store.db as never)).toEqual([]);
  });

  it("reads seconds and counts back as numbers, not strings", async () => {
    const created = 1_790_000_000;
    await t.store.db
      .insertInto("conversation_facts")
      .values({
        id: "c1",
        created_at: created,
        updated_at: created + 60,
        state: "closed",
        team_id: "t1",
        admin_id: "a1",
        tag_ids: '["9"]',
        time_to_assignment: 5,
        time_to_admin_reply: 120,
        time_to_first_close: 900,
        time_to_last_close: 1_800,
        median_time_to_reply: 300,
        first_admin_reply_at: created + 120,
        first_close_at: created + 900,
        last_close_at: created + 1_800,
        count_reopens: 1,
        count_assignments: 2,
        count_parts: 7,
        rating: 4,
        rating_created_at: created + 2_000,
        rating_admin_id: "a1",
        sla_name: "VIP",
        sla_status: "hit",
        synced_at: created + 3_000,
      })
      .execute();
    const row = await t.store.db.selectFrom("conversation_facts").selectAll().where("id", "=", "c1").executeTakeFirstOrThrow();
    expect(row.created_at).toBe(created);
    expect(row.time_to_admin_reply).toBe(120);
    expect(row.rating).toBe(4);
  });

  it("upserts by key without duplicating rows", async () => {
    const base = { article_id: "a1", day: "2026-11-20", title: "Reset", state: "published", conversions: 1, reactions: 2, happy_pct: 50, neutral_pct: 25, sad_pct: 25, captured_at: 1 };
    for (const views of [10, 12]) {
      await t.store.db
        .insertInto("article_stats_daily")
        .values({ ...base, views })
        .onConflict((oc) => oc.columns(["article_id", "day"]).doUpdateSet({ views }))
        .execute();
    }
    const rows = await t.store.db.selectFrom("article_stats_daily").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ views: 12, happy_pct: 50 });
  });
});

describe("store settings", () => {
  it("defaults to a SQLite file under LENS_DATA_DIR and never shows a PostgreSQL password", () => {
    expect(storeSettings({ LENS_DATA_DIR: "/var/lens" })).toEqual({ dialect: "sqlite", dir: "/var/lens", file: "/var/lens/lens.db" });
    const pgSettings = storeSettings({ DATABASE_URL: "postgres://lens:s3cret@db.internal:5432/lens" });
    expect(describeStore(pgSettings)).toBe("PostgreSQL db.internal:5432/lens");
    expect(() => storeSettings({ DATABASE_URL: "mysql://x" })).toThrow(/postgres/);
  });

  it("creates the data directory and file for the owner only", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "lens-perm-"));
    const dir = path.join(root, "data");
    const store = await openStore({ dialect: "sqlite", dir, file: path.join(dir, "lens.db") });
    await store.db.destroy();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(dir, "lens.db")).mode & 0o777).toBe(0o600);
    rmSync(root, { recursive: true, force: true });
  });
});
