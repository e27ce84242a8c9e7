import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countByType, eventsPerPeriod, topTeammates, weekdayHourHeatmap } from "@/lib/audit/aggregate";
import { filterRows, granularityFor, NO_FILTERS, type AuditFilters } from "@/lib/audit/filter";
import type { AuditQuery } from "@/lib/audit/query";
import { toRows } from "@/lib/audit/rows";
import { entry } from "@/lib/audit/test-entries";
import { zonedParts } from "@/lib/audit/zoned";
import type { ActivityLog } from "@/lib/intercom/types/activity-logs";
import { createTestStore, DIALECTS, type TestStore } from "@/lib/server/store/testing";
import { auditCsvStream, auditEntries, auditSummary } from "./audit";
import type { Keyset } from "./parts";
import { archive, liveLog, syncedThrough } from "./testing";

const DAY = 86_400;
// 2025-03-20 .. 2025-04-09 crosses Dublin's spring-forward (30 March), so zoned hours really shift.
const START = Date.UTC(2025, 2, 20) / 1000;
const END = START + 20 * DAY - 1;
const TZ = "Europe/Dublin";
const TYPES = ["admin_login_success", "admin_login_success", "admin_login_failure", "role_change", "app_data_export", "admin_away_mode_change", "campaign_state_change", "macro_creation"];
const IPS = ["203.0.113.10", "203.0.113.77", "198.51.100.4", "192.0.2.9", null];

/** A deterministic month of activity: several teammates and IPs, shared seconds, an entry without a teammate. */
function generate(count: number): ActivityLog[] {
  const logs: ActivityLog[] = [];
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.floor((seed / 2 ** 31) * n);
  };
  for (let i = 0; i < count; i++) {
    const at = START + rand(20 * DAY);
    const admin = String(1 + rand(6));
    const type = TYPES[rand(TYPES.length)]!;
    const ip = IPS[rand(IPS.length)] ?? undefined;
    const e = entry(`e${String(i).padStart(5, "0")}`, at, type, admin, ip as string, i % 3 ? `${type} by ${admin}` : `Exported 50% of_data "Q${i}"`, i % 5 ? null : { before: i, after: i + 1 });
    if (i % 97 === 0) e.performed_by = null;
    if (i % 50 === 1) logs.push({ ...e, id: `${e.id}b` }); // same second, another id
    logs.push(e);
  }
  return logs.sort((a, b) => (b.created_at ?? 0) - (a.created_at ?? 0) || (a.id < b.id ? 1 : -1));
}

const LOGS = generate(1_500);

function query(filters: Partial<AuditFilters> = {}, after = START, before = END): AuditQuery {
  return { after, before, timeZone: TZ, filters: { ...NO_FILTERS, ...filters } };
}

/** What the page computed in the browser before the store: the reference the SQL must equal. */
function reference(q: AuditQuery) {
  const zoned = zonedParts(q.timeZone);
  const rows = toRows(
    LOGS.filter((e) => e.created_at! >= q.after && e.created_at! <= q.before),
    zoned,
  );
  const g = granularityFor(q.after, q.before);
  const f = q.filters;
  const matching = filterRows(rows, f, g);
  return {
    matching,
    summary: {
      inRange: rows.length,
      matching: matching.length,
      sensitive: matching.filter((r) => r.sensitive).length,
      newIp: matching.filter((r) => r.newIp).length,
      periods: eventsPerPeriod(filterRows(rows, f, g, ["period", "category"]), g, q.after, q.before, zoned),
      types: countByType(filterRows(rows, f, g, ["type", "category"]), 12),
      heatmap: weekdayHourHeatmap(filterRows(rows, f, g, ["cell"])),
      teammates: topTeammates(filterRows(rows, f, g, ["teammate"]), 10).top.map((t) => [t.adminId, t.count]),
    },
  };
}

const FILTERS: [string, Partial<AuditFilters>][] = [
  ["no filter", {}],
  ["sensitive only", { sensitive: true }],
  ["new-IP sign-ins only", { newIp: true }],
  ["a teammate and a category", { teammate: "3", category: "security" }],
  ["an IP prefix and text with LIKE's wildcards", { ip: "203.0.113.", text: "50% OF_DATA" }],
  ["a type", { type: "role_change" }],
  ["a day", { period: "2025-03-31" }],
  ["a heatmap cell", { cell: { weekday: 0, hour: 9 } }],
];

describe.each(DIALECTS)("the audit log from the store on %s", (dialect) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createTestStore(dialect);
    await archive(t.store, [...LOGS].reverse());
  });
  afterAll(async () => {
    await t?.dispose();
  });

  describe("a fully synced range", () => {
    beforeAll(async () => {
      await syncedThrough(t.store, END + DAY, START - DAY, true);
    });

    it.each(FILTERS)("filters and aggregates as the page did in the browser: %s", async (_, filters) => {
      const q = query(filters);
      const got = await auditSummary({ store: t.store }, q);
      const want = reference(q).summary;
      expect(got.parts).toEqual([{ source: "store", after: START, before: END }]);
      expect(got.matching).toBeGreaterThan(0);
      expect({
        inRange: got.inRange,
        matching: got.matching,
        sensitive: got.sensitive,
        newIp: got.newIp,
        periods: got.periods,
        types: got.types,
        heatmap: got.heatmap,
        teammates: got.teammates.top.map((x) => [x.adminId, x.count]),
      }).toEqual(want);
    });

    it("buckets by hour for a day, in the chosen zone", async () => {
      const day = START + 10 * DAY + 3_600;
      const q = query({}, day, day + DAY - 1);
      const got = await auditSummary({ store: t.store }, q);
      expect(got.granularity).toBe("hour");
      expect(got.periods).toEqual(reference(q).summary.periods);
    });

    it.each(["Asia/Kolkata", "America/St_Johns", "America/New_York"])("draws the unfiltered charts in %s as the page did in the browser", async (timeZone) => {
      const q = { ...query({}), timeZone };
      const got = await auditSummary({ store: t.store }, q);
      const want = reference(q).summary;
      expect({ periods: got.periods, heatmap: got.heatmap, types: got.types }).toEqual({ periods: want.periods, heatmap: want.heatmap, types: want.types });
    });

    it("pages the table by keyset, newest first, with every match exactly once", async () => {
      const q = query({ sensitive: true });
      const want = reference(q).matching.map((r) => r.id);
      const seen: string[] = [];
      let cursor: Keyset | null = null;
      for (let page = 0; page < 100; page++) {
        const res = await auditEntries({ store: t.store }, q, cursor, 40);
        seen.push(...res.entries.map((e) => e.id));
        if (!res.next) break;
        const last = res.entries.at(-1)!;
        cursor = { at: last.at, id: last.id };
      }
      expect(seen).toEqual(want);
      const first = (await auditEntries({ store: t.store }, q, null, 5)).entries[0]!;
      expect(first).toMatchObject({ sensitive: true });
      expect(typeof first.at).toBe("number");
    });

    it("streams the CSV export a page at a time, quoted and with formulas defused", async () => {
      await t.store.db
        .insertInto("admins")
        .values({
          id: "3",
          name: "Maya Goldberg",
          email: "admin3@example.com",
          job_title: null,
          away_mode_enabled: 0,
          away_mode_reassign: 0,
          has_inbox_seat: 1,
          team_ids: "[]",
          avatar_url: null,
          synced_at: END,
        })
        .execute();
      const q = query({ type: "app_data_export" });
      const stream = await auditCsvStream({ store: t.store }, q);
      const text = await new Response(stream).text();
      const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ""), { skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data[0]![0]).toBe("Time");
      expect(parsed.data.length - 1).toBe(reference(q).matching.length);
      expect(parsed.data.slice(1).map((r) => r[6])).toEqual(reference(q).matching.map(() => "app_data_export"));
      expect(parsed.data.find((r) => r[5] === "3")?.[3]).toBe("Maya Goldberg");
      const quoted = parsed.data.find((r) => r[9]!.startsWith("Exported"));
      expect(quoted?.[9]).toMatch(/^Exported 50% of_data "Q\d+"$/);
    });

    it("defuses a description a spreadsheet would run", async () => {
      const at = END - 100;
      await archive(t.store, []);
      await t.store.db
        .insertInto("activity_log")
        .values({
          id: "formula",
          seq: 999_999,
          created_at: at,
          activity_type: "app_name_change",
          admin_id: "1",
          admin_email: "a@example.com",
          admin_ip: null,
          description: '=HYPERLINK("http://evil.example")',
          metadata: null,
          entry: "{}",
          prev_hash: "x",
          hash: "y",
        })
        .execute();
      const text = await new Response(await auditCsvStream({ store: t.store }, query({ type: "app_name_change" }))).text();
      expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
      await t.store.db.deleteFrom("activity_log").where("id", "=", "formula").execute();
    });
  });

  describe("a range the sync has only half reached", () => {
    // The backfill has reached day 10; the newest day is not synced yet either.
    const cursorAt = START + 10 * DAY;
    const watermark = END - DAY;
    let stored: TestStore;
    beforeAll(async () => {
      stored = await createTestStore(dialect);
      await archive(stored.store, LOGS.filter((e) => e.created_at! >= cursorAt && e.created_at! <= watermark).reverse());
      await syncedThrough(stored.store, watermark, cursorAt);
    });
    afterAll(async () => {
      await stored?.dispose();
    });

    it("reads only the unsynced parts live and adds them up to the whole range", async () => {
      const live = liveLog(LOGS);
      // New-IP flags take their baseline per part, so compare on filters that do not involve them.
      const q = query({ category: "security" });
      const got = await auditSummary({ store: stored.store, fetchPage: live.fetchPage }, q);
      expect(got.parts).toEqual([
        { source: "live", after: watermark + 1, before: END },
        { source: "store", after: cursorAt, before: watermark },
        { source: "live", after: START, before: cursorAt - 1 },
      ]);
      for (const call of live.calls) {
        const inNewer = Number(call.created_at_after) > watermark;
        const inOlder = Number(call.created_at_before) < cursorAt;
        expect(inNewer || inOlder).toBe(true);
      }
      const want = reference(q).summary;
      expect(got.inRange).toBe(want.inRange);
      expect(got.periods).toEqual(want.periods);
      expect(got.types).toEqual(want.types);
      expect(got.heatmap).toEqual(want.heatmap);
      expect(got.matching).toBe(want.matching);
    });

    it("pages across the live and stored parts in one order", async () => {
      const live = liveLog(LOGS);
      const q = query({ type: "admin_login_success" });
      const want = reference(q).matching.map((r) => r.id);
      const seen: string[] = [];
      let cursor: Keyset | null = null;
      for (let page = 0; page < 200; page++) {
        const res = await auditEntries({ store: stored.store, fetchPage: live.fetchPage }, q, cursor, 50);
        seen.push(...res.entries.map((e) => e.id));
        if (!res.next) break;
        const last = res.entries.at(-1)!;
        cursor = { at: last.at, id: last.id };
      }
      expect(seen).toEqual(want);
    });

    it("reads everything live before the first sync", async () => {
      const empty = await createTestStore(dialect);
      try {
        const live = liveLog(LOGS);
        const got = await auditSummary({ store: empty.store, fetchPage: live.fetchPage }, query());
        expect(got.parts).toEqual([{ source: "live", after: START, before: END }]);
        expect(got.inRange).toBe(reference(query()).summary.inRange);
      } finally {
        await empty.dispose();
      }
    });
  });
});
