import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestStore, DIALECTS, type TestStore } from "@/lib/server/store/testing";
import { parseRules } from "@/lib/alerts/rules";
import { loadRules } from "./rules-file";
import { runAlerts } from "./run";

const NOW = Date.parse("2026-11-24T12:00:00Z") / 1000;

/** A local webhook receiver that fails the first `failures` posts with 503. */
async function receiver(failures = 0) {
  const bodies: { text: string }[] = [];
  let calls = 0;
  const server: Server = createServer((req, res) => {
    let data = "";
    req.on("data", (c) => (data += c));
    req.on("end", () => {
      calls++;
      if (calls <= failures) {
        res.writeHead(503).end();
        return;
      }
      bodies.push(JSON.parse(data));
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, bodies, calls: () => calls, close: () => new Promise((r) => server.close(r)) };
}

const rules = parseRules(
  JSON.stringify({
    timeZone: "Europe/Dublin",
    rules: [
      { id: "exports", name: "Data export", kind: "activity_type", types: ["app_data_export"] },
      { id: "burst", kind: "failed_sign_ins", count: 3, minutes: 10 },
    ],
  }),
);
if (!rules.ok) throw new Error("fixture rules must parse");
const ruleState = { status: "ok" as const, path: "rules.json", ruleSet: rules.ruleSet };

describe.each(DIALECTS)("alerts after a sync on %s", (dialect) => {
  let t: TestStore;
  let seq = 0;
  const insert = async (type: string, at: number, admin = "5000100", ip = "203.0.113.10") => {
    seq++;
    await t.store.db
      .insertInto("activity_log")
      .values({
        id: `e${seq}`,
        seq,
        created_at: at,
        activity_type: type,
        admin_id: admin,
        admin_email: `${admin}@northwind.example`,
        admin_ip: ip,
        description: `${admin} ${type}`,
        metadata: null,
        entry: "{}",
        prev_hash: "",
        hash: `h${seq}`,
      })
      .execute();
  };
  beforeAll(async () => {
    t = await createTestStore(dialect);
    await insert("app_data_export", NOW - 30 * 86_400); // outside the week watched
    await insert("app_data_export", NOW - 3_600);
    for (const s of [0, 60, 120, 180]) await insert("admin_login_failure", NOW - 1_800 + s, "5000109", "45.155.205.99");
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("records each match once and delivers it, even when the receiver fails at first", async () => {
    const hook = await receiver(2);
    try {
      const first = await runAlerts(t.store, { now: NOW, rules: ruleState, webhookUrl: hook.url, delivery: { minTimeoutMs: 10 } });
      expect(first).toEqual({ recorded: 2, delivered: 2, failed: 0 });
      expect(hook.calls()).toBe(4); // two 503s retried, then one post per match
      expect(hook.bodies.map((b) => b.text.split("\n")[0]).sort()).toEqual(["Lens alert: Data export", "Lens alert: burst"]);
      expect(hook.bodies.find((b) => b.text.includes("burst"))!.text).toContain("3 failed sign-ins for 5000109@northwind.example within 10 minutes");

      // A re-sync that brings nothing new delivers nothing again.
      const again = await runAlerts(t.store, { now: NOW + 60, rules: ruleState, webhookUrl: hook.url, delivery: { minTimeoutMs: 10 } });
      expect(again).toEqual({ recorded: 0, delivered: 0, failed: 0 });
      expect(hook.calls()).toBe(4);

      const attempts = await t.store.db.selectFrom("alert_deliveries").select(["attempt", "ok", "http_status"]).orderBy("at").orderBy("attempt").execute();
      expect(attempts.filter((a) => a.ok === 0).map((a) => a.http_status)).toEqual([503, 503]);
      const matches = await t.store.db.selectFrom("alert_matches").select(["rule_id", "delivery"]).orderBy("rule_id").execute();
      expect(matches).toEqual([
        { rule_id: "burst", delivery: "delivered" },
        { rule_id: "exports", delivery: "delivered" },
      ]);
    } finally {
      await hook.close();
    }
  });

  it("marks a match failed when the receiver never recovers, and records every attempt", async () => {
    const hook = await receiver(100);
    try {
      await insert("app_data_export", NOW - 60);
      const run = await runAlerts(t.store, { now: NOW, rules: ruleState, webhookUrl: hook.url, delivery: { retries: 2, minTimeoutMs: 10 } });
      expect(run).toEqual({ recorded: 1, delivered: 0, failed: 1 });
      expect(hook.calls()).toBe(3);
      const row = await t.store.db.selectFrom("alert_matches").select("delivery").where("entry_id", "=", `e${seq}`).executeTakeFirstOrThrow();
      expect(row.delivery).toBe("failed");
    } finally {
      await hook.close();
    }
  });
});

describe("a bad rules file", () => {
  it("is reported with its problems and evaluates nothing", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "lens-alerts-"));
    try {
      const file = path.join(dir, "rules.json");
      writeFileSync(file, '{"rules": [{"id": "x", "kind": "failed_sign_ins"}]}');
      const state = await loadRules(file);
      expect(state).toEqual({ status: "invalid", path: file, errors: ['rule "x": count (2–1000) and minutes (1–1440) are required whole numbers'] });
      expect(await loadRules(path.join(dir, "missing.json"))).toMatchObject({ status: "invalid", errors: ["cannot read the file: ENOENT"] });
      // The store is never touched when the rules are unusable.
      expect(await runAlerts(undefined as never, { rules: state })).toEqual({ recorded: 0, delivered: 0, failed: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
