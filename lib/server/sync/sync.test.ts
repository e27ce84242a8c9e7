import { sql } from "kysely";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFakeIntercom, type FakeIntercom } from "@/lib/fake/server";
import { activityLogAt } from "@/lib/fake/workspace/activity-logs";
import type { ActivityLogList } from "@/lib/intercom/types/activity-logs";
import type { ConversationList } from "@/lib/intercom/types/conversations";
import { intercomSettings } from "../env";
import { callIntercom, configureIntercomClient, type UpstreamResponse } from "../intercom/client";
import { fakeTransport } from "../intercom/transport";
import { createTestStore, DIALECTS, type TestStore } from "../store/testing";
import { syncActivityLogs } from "./activity-logs";
import { pruneArchive, verifyArchive } from "./archive";
import { onSyncComplete } from "./hooks";
import { runStreams } from "./runner";
import { readState } from "./state";
import { SyncBudget, type Call } from "./upstream";

let fake: FakeIntercom;
let call: Call;

beforeAll(() => {
  fake = createFakeIntercom({ scale: "default" });
  configureIntercomClient({ ...intercomSettings(), mode: "demo", token: null }, fakeTransport(fake));
  call = new SyncBudget(1, 1, 1_666).call;
});

const allIds = () => Array.from({ length: fake.workspace.scale.activityLogs }, (_, i) => activityLogAt(fake.workspace, i).id).sort();

describe.each(DIALECTS)("sync on %s", (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore(dialect);
    return () => t.dispose();
  });

  const storedIds = async () => (await t.store.db.selectFrom("activity_log").select("id").orderBy("id").execute()).map((r) => r.id);

  it("archives the whole activity log, chained, and a second run adds nothing", async () => {
    const [first] = (await runStreams(t.store, ["activity_logs"], { call }))!;
    expect(first).toMatchObject({ ok: true, inserted: fake.workspace.scale.activityLogs });
    expect(await storedIds()).toEqual(allIds());
    const state = await readState(t.store.db, "activity_logs");
    expect(state.backfill_done).toBe(1);
    expect(state.rows_total).toBe(fake.workspace.scale.activityLogs);

    const [second] = (await runStreams(t.store, ["activity_logs"], { call }))!;
    expect(second).toMatchObject({ ok: true, inserted: 0 });
    expect(await storedIds()).toHaveLength(fake.workspace.scale.activityLogs);
    expect(await verifyArchive(t.store.db)).toMatchObject({ ok: true, checked: fake.workspace.scale.activityLogs, firstBroken: null });
  });

  it("catches an entry that shows up late, stamped just before the watermark", async () => {
    const late = activityLogAt(fake.workspace, 3);
    // First run: Intercom has not published entry 3 yet.
    const hiding: Call = async (o) => {
      const res = await call(o);
      if (!o.path.startsWith("/admins/activity_logs")) return res;
      const body = JSON.parse(res.text) as ActivityLogList;
      body.activity_logs = (body.activity_logs ?? []).filter((e) => e.id !== late.id);
      return { ...res, text: JSON.stringify(body), json: body };
    };
    await syncActivityLogs(t.store, hiding, { now: late.created_at! + 60 });
    expect(await storedIds()).not.toContain(late.id);
    // The next run starts at the watermark minus the overlap, so the late entry is read.
    await syncActivityLogs(t.store, call, { now: late.created_at! + 120 });
    expect(await storedIds()).toContain(late.id);
    expect((await verifyArchive(t.store.db)).ok).toBe(true);
  });

  it("finds the first edited, altered or missing row in the chain", async () => {
    await runStreams(t.store, ["activity_logs"], { call });
    expect((await verifyArchive(t.store.db)).ok).toBe(true);

    await t.store.db.updateTable("activity_log").set({ description: "Nothing happened here." }).where("seq", "=", 4_321).execute();
    expect((await verifyArchive(t.store.db)).firstBroken).toMatchObject({ seq: 4_321, reason: expect.stringContaining("description") });

    // Rewriting the entry too breaks its hash.
    const row = await t.store.db.selectFrom("activity_log").selectAll().where("seq", "=", 100).executeTakeFirstOrThrow();
    await t.store.db
      .updateTable("activity_log")
      .set({ entry: row.entry.replace(/"created_at":\d+/, '"created_at":1') })
      .where("seq", "=", 100)
      .execute();
    expect((await verifyArchive(t.store.db)).firstBroken).toMatchObject({ seq: 100, reason: expect.stringContaining("hash") });

    await t.store.db.deleteFrom("activity_log").where("seq", "=", 50).execute();
    expect((await verifyArchive(t.store.db)).firstBroken).toMatchObject({ seq: 51, reason: expect.stringContaining("missing") });
  });

  it("notices when the newest entries are removed", async () => {
    await runStreams(t.store, ["activity_logs"], { call });
    const last = await t.store.db.selectFrom("activity_log").select("seq").orderBy("seq", "desc").limit(1).executeTakeFirstOrThrow();
    await t.store.db
      .deleteFrom("activity_log")
      .where("seq", ">=", Number(last.seq) - 2)
      .execute();
    expect((await verifyArchive(t.store.db)).firstBroken).toMatchObject({ seq: Number(last.seq) - 2, reason: expect.stringContaining("missing from the end") });
  });

  it("keeps the chain verifiable after retention removes old entries", async () => {
    await runStreams(t.store, ["activity_logs"], { call });
    const removed = await pruneArchive(t.store.db, 30, fake.workspace.now);
    expect(removed).toBeGreaterThan(0);
    const oldest = await t.store.db
      .selectFrom("activity_log")
      .select((eb) => eb.fn.min("created_at").as("t"))
      .executeTakeFirstOrThrow();
    expect(Number(oldest.t)).toBeGreaterThan(fake.workspace.now - 180 * 86_400);
    const v = await verifyArchive(t.store.db);
    expect(v).toMatchObject({ ok: true, firstBroken: null });
    expect(v.checked).toBe(fake.workspace.scale.activityLogs - removed);
    // Removing a kept row is still caught; entries archived after pruning chain on.
    await t.store.db
      .deleteFrom("activity_log")
      .where("seq", "=", v.anchorSeq! + 5)
      .execute();
    expect((await verifyArchive(t.store.db)).firstBroken?.reason).toContain("missing");
  });

  it("chains new entries after retention emptied the archive", async () => {
    await syncActivityLogs(t.store, call, { now: fake.workspace.now - 170 * 86_400, maxWindows: 1 });
    expect(await pruneArchive(t.store.db, 30, fake.workspace.now)).toBeGreaterThan(0);
    expect(await storedIds()).toHaveLength(0);
    await syncActivityLogs(t.store, call, { now: fake.workspace.now, maxWindows: 1 });
    expect((await storedIds()).length).toBeGreaterThan(0);
    expect(await verifyArchive(t.store.db)).toMatchObject({ ok: true });
  });

  it("stores conversation facts, teammates, teams, tags and today's article statistics, never bodies or remarks", async () => {
    const completions: string[] = [];
    const stop = onSyncComplete((e) => void completions.push(e.stream));
    const outcomes = await runStreams(t.store, ["admins", "conversations", "articles"], { call });
    stop();
    expect(outcomes!.every((o) => o.ok)).toBe(true);
    expect(completions).toEqual(["admins", "conversations", "articles"]);

    const count = async (table: "conversation_facts" | "admins" | "teams" | "article_stats_daily") =>
      Number(
        (
          await t.store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count("conversation_facts")).toBe(fake.workspace.scale.conversations);
    expect(await count("admins")).toBe(fake.workspace.scale.admins);
    expect(await count("teams")).toBe(fake.workspace.scale.teams);
    expect(await count("article_stats_daily")).toBe(fake.workspace.scale.articles);

    // A rated conversation: its score is kept, its remark is not, nor any message body.
    const search = JSON.parse(
      (
        await callIntercom({
          method: "POST",
          path: "/conversations/search",
          body: JSON.stringify({ query: { field: "conversation_rating.score", operator: ">", value: 0 }, pagination: { per_page: 5 } }),
          ttlMs: 0,
        })
      ).text,
    ) as ConversationList;
    const rated = (search.conversations ?? []).find((c) => c.conversation_rating?.remark);
    expect(rated).toBeDefined();
    const facts = await t.store.db.selectFrom("conversation_facts").selectAll().where("id", "=", rated!.id).executeTakeFirstOrThrow();
    expect(facts.rating).toBe(rated!.conversation_rating!.rating);
    expect(JSON.stringify(facts)).not.toContain(rated!.conversation_rating!.remark!);
    const everything = await sql<{ n: number }>`select count(*) as n from conversation_facts where tag_ids like ${"%" + "<p>" + "%"}`.execute(t.store.db);
    expect(Number(everything.rows[0]!.n)).toBe(0);

    // A second run is idempotent: same rows, no duplicates.
    await runStreams(t.store, ["admins", "conversations", "articles"], { call });
    expect(await count("conversation_facts")).toBe(fake.workspace.scale.conversations);
    expect(await count("article_stats_daily")).toBe(fake.workspace.scale.articles);
  });

  it("lets only one writer sync at a time", async () => {
    const [a, b] = await Promise.all([runStreams(t.store, ["admins"], { call }), runStreams(t.store, ["admins"], { call })]);
    expect([a, b].filter((r) => r === null)).toHaveLength(1);
    expect(await runStreams(t.store, ["admins"], { call })).not.toBeNull();
  });
});

describe("sync budget", () => {
  const answer = (status: number, rateLimit: Record<string, string>): UpstreamResponse => ({ status, rateLimit, text: "{}" });

  it("waits out a 429 until X-RateLimit-Reset, then tries again", async () => {
    const starts: number[] = [];
    const budget = new SyncBudget(0.25, 0.5, 1_600, async () => {
      starts.push(Date.now());
      return starts.length === 1 ? answer(429, { "x-ratelimit-limit": "1600", "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + 1) }) : answer(200, { "x-ratelimit-limit": "1600" });
    });
    await budget.call({ path: "/admins" });
    expect(starts).toHaveLength(2);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(400);
  });

  it("keeps to its share of the learnt limit in any 10 seconds", async () => {
    const starts: number[] = [];
    // Assumes 166 until Intercom says 1,600: 1,600 × 0.5 × 0.25 = 200 calls per 10 s, 18 a second.
    const budget = new SyncBudget(0.25, 0.5, 166, async () => {
      starts.push(Date.now());
      return answer(200, { "x-ratelimit-limit": "1600" });
    });
    await budget.call({ path: "/admins" });
    expect(budget.perWindow).toBe(200);
    for (let i = 0; i < 40; i++) await budget.call({ path: "/admins" });
    const t0 = starts[1]!;
    // Slots are one second from their first call, so a sliding second may span two of them: at most
    // two slots' share (2 × 18), where an unpaced sync would start all 41 at once.
    const busiestSecond = Math.max(...starts.slice(1).map((t) => starts.filter((u) => u >= t && u < t + 1_000).length));
    expect(busiestSecond).toBeLessThanOrEqual(2 * 18);
    expect(starts.at(-1)! - t0).toBeGreaterThanOrEqual(1_000);
  });
});
