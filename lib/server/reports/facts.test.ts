import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_FILTER, parseLedgerFilter } from "@/lib/reports/ledger-filter";
import { createTestStore, DIALECTS, type TestStore } from "@/lib/server/store/testing";
import { accessReport } from "./access";
import { countFacts, ledgerPage, selectFacts } from "./facts";

const DAY = 86_400;
const T0 = Date.parse("2026-11-16T00:00:00Z") / 1000;

describe.each(DIALECTS)("report queries on %s", (dialect) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createTestStore(dialect);
    const fact = (id: string, over: Record<string, unknown>) => ({
      id,
      created_at: T0,
      updated_at: T0,
      state: "closed",
      team_id: "t1",
      admin_id: "a1",
      tag_ids: "[]",
      time_to_assignment: null,
      time_to_admin_reply: null,
      time_to_first_close: null,
      time_to_last_close: null,
      median_time_to_reply: null,
      first_admin_reply_at: null,
      first_close_at: null,
      last_close_at: null,
      count_reopens: 0,
      count_assignments: 1,
      count_parts: 3,
      rating: null,
      rating_created_at: null,
      rating_admin_id: null,
      sla_name: null,
      sla_status: null,
      synced_at: T0,
      ...over,
    });
    await t.store.db
      .insertInto("conversation_facts")
      .values([
        fact("1", { time_to_admin_reply: 300, tag_ids: '["11","2"]', rating: 1 }),
        fact("2", { created_at: T0 + DAY, time_to_admin_reply: 60, tag_ids: '["2"]', count_reopens: 2 }),
        fact("3", { created_at: T0 + 7 * DAY, team_id: null, admin_id: null, state: "open" }),
        fact("4", { created_at: T0 + 8 * DAY, time_to_admin_reply: 900, sla_status: "missed" }),
      ])
      .execute();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("applies the ledger's filters in SQL: a tag matches exactly, none means unassigned, days are whole", async () => {
    const ids = async (q: string) => (await selectFacts(t.store, parseLedgerFilter(new URLSearchParams(q)))).map((f) => f.id).sort();
    expect(await ids("tag=2")).toEqual(["1", "2"]); // "11" must not match tag 2
    expect(await ids("tag=none")).toEqual(["3", "4"]);
    expect(await ids("team=none")).toEqual(["3"]);
    expect(await ids("from=2026-11-17&to=2026-11-23")).toEqual(["2", "3"]);
    expect(await ids("reopened=1")).toEqual(["2"]);
    expect(await ids("rating=1,2&sla=")).toEqual(["1"]);
    expect(await countFacts(t.store, parseLedgerFilter(new URLSearchParams("sla=missed")))).toBe(1);
    expect((await selectFacts(t.store, EMPTY_FILTER))[0]!.tag_ids).toBeInstanceOf(Array);
  });

  it("sorts a page in SQL with missing values last either way", async () => {
    const page = async (dir: "asc" | "desc") => (await ledgerPage(t.store, EMPTY_FILTER, { column: "time_to_admin_reply", dir }, 0, 10)).map((f) => f.id);
    expect(await page("asc")).toEqual(["2", "1", "4", "3"]);
    expect(await page("desc")).toEqual(["4", "1", "2", "3"]);
    expect((await ledgerPage(t.store, EMPTY_FILTER, { column: "created_at", dir: "desc" }, 1, 2)).map((f) => f.id)).toEqual(["3", "2"]);
  });

  it("reads last sign-ins and access changes from the archive", async () => {
    await t.store.db
      .insertInto("admins")
      .values([
        { id: "a1", name: "Ana Ruiz", email: "ana@x.example", job_title: null, away_mode_enabled: 0, away_mode_reassign: 0, has_inbox_seat: 1, team_ids: "[8000100]", avatar_url: null, synced_at: T0 },
        { id: "a2", name: "Bo Li", email: "bo@x.example", job_title: null, away_mode_enabled: 0, away_mode_reassign: 0, has_inbox_seat: 0, team_ids: "[]", avatar_url: null, synced_at: T0 },
      ])
      .execute();
    const entry = (seq: number, type: string, admin: string, at: number, description: string) => ({
      id: `e${seq}`,
      seq,
      created_at: at,
      activity_type: type,
      admin_id: admin,
      admin_email: `${admin}@x.example`,
      admin_ip: null,
      description,
      metadata: null,
      entry: "{}",
      prev_hash: "",
      hash: `h${seq}`,
    });
    await t.store.db
      .insertInto("activity_log")
      .values([
        entry(1, "admin_login_success", "a1", T0, "Ana Ruiz successfully signed in."),
        entry(2, "admin_login_success", "a1", T0 + 5 * DAY, "Ana Ruiz successfully signed in."),
        entry(3, "role_change", "a2", T0 + 6 * DAY, "Bo Li changed Ana Ruiz's role from Support agent to Admin."),
      ])
      .execute();
    const rows = await accessReport(t.store, 30, T0 + 10 * DAY);
    expect(rows.map((r) => [r.name, r.lastSignIn, r.lastActivity, r.dormant, r.team_ids])).toEqual([
      ["Ana Ruiz", T0 + 5 * DAY, T0 + 5 * DAY, false, ["8000100"]],
      ["Bo Li", null, T0 + 6 * DAY, true, []],
    ]);
    expect(rows[0]!.changes).toMatchObject([{ id: "e3", kind: "role", byOther: true }]);
  });
});
