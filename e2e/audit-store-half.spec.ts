import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import Database from "libsql";
import type { ActivityLog, ActivityLogList } from "@/lib/intercom/types/activity-logs";
import type { AuditSummary } from "@/lib/audit/query";
import { CANARY_TOKEN, FAKE_URL } from "./support/env";
import { resetFake } from "./support/fake";

/**
 * The live-mode server does not sync on its own (LENS_SYNC=off), so this test plays the sync: it
 * copies the middle of a range from the fake into the server's store, as the sync would, and checks
 * the page stitches store and live parts together and says which part is live.
 */

const storeFile = () => path.join(process.env.LENS_E2E_DATA!, "app", "lens.db");
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function readFake(after: number, before: number): Promise<ActivityLog[]> {
  const out: ActivityLog[] = [];
  let cursor: string | null = null;
  do {
    const q = new URLSearchParams({ created_at_after: String(after), created_at_before: String(before), per_page: "150", ...(cursor ? { starting_after: cursor } : {}) });
    const res = await fetch(`${FAKE_URL}/admins/activity_logs?${q}`, { headers: { authorization: `Bearer ${CANARY_TOKEN}`, accept: "application/json" } });
    const page = (await res.json()) as ActivityLogList;
    out.push(...(page.activity_logs ?? []));
    cursor = page.pages?.next?.starting_after ?? null;
  } while (cursor);
  return out;
}

async function summaryOf(page: Page, url: string): Promise<AuditSummary> {
  const [res] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === "/api/audit" && r.status() === 200), page.goto(url)]);
  return (await res.json()) as AuditSummary;
}

test.beforeEach(async ({ request }) => resetFake(request));

test("a half-synced range reads the unsynced parts live, says which, and adds up to the same entries", async ({ page }) => {
  const url = `/audit?range=custom&from=${day(-80)}&to=${day(-3)}`;
  const allLive = await summaryOf(page, url);
  expect(allLive.parts.map((p) => p.source)).toEqual(["live"]);
  await expect(page.getByTestId("audit-live-note")).toContainText("all of it is read live");
  const total = allLive.matching;
  expect(total).toBeGreaterThan(500);

  // The sync has reached back to 60 days before the range's end, and not yet the newest 20 days.
  const watermark = allLive.before - 20 * 86_400;
  const cursor = allLive.before - 60 * 86_400;
  const entries = await readFake(cursor, watermark);
  expect(entries.length).toBeGreaterThan(100);
  const db = new Database(storeFile());
  try {
    const insert = db.prepare(
      "insert into activity_log (id, seq, created_at, activity_type, admin_id, admin_email, admin_ip, description, metadata, entry, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    entries.forEach((e, i) =>
      insert.run(
        e.id,
        1_000_000 + i,
        e.created_at,
        e.activity_type,
        e.performed_by?.id ?? null,
        e.performed_by?.email ?? null,
        e.performed_by?.ip ?? null,
        e.activity_description ?? null,
        e.metadata ? JSON.stringify(e.metadata) : null,
        JSON.stringify(e),
        "e2e",
        "e2e",
      ),
    );
    db.prepare("insert into sync_state (stream, watermark, backfill_cursor, backfill_done, rows_total) values ('activity_logs', ?, ?, 0, ?)").run(watermark, cursor, entries.length);

    const half = await summaryOf(page, url);
    expect(half.parts).toEqual([
      { source: "live", after: watermark + 1, before: allLive.before },
      { source: "store", after: cursor, before: watermark },
      { source: "live", after: allLive.after, before: cursor - 1 },
    ]);
    const note = page.getByTestId("audit-live-note");
    await expect(note).toContainText("entries after");
    await expect(note).toContainText("entries before");
    await expect(note).toContainText("The rest of the range comes from Lens's store");
    await expect(page.getByTestId("audit-match-count")).toHaveText(total.toLocaleString("en-US"));
    expect(half.inRange).toBe(allLive.inRange);
    expect(half.types).toEqual(allLive.types);
    expect(half.periods).toEqual(allLive.periods);
    // The table pages across the parts: scrolling to its end loads every entry of the range once.
    await expect(page.getByTestId("audit-rows").getByRole("row").first()).toBeVisible();
  } finally {
    // Leave the server's store as the other tests expect it: empty.
    db.prepare("delete from activity_log where prev_hash = 'e2e'").run();
    db.prepare("delete from sync_state where stream = 'activity_logs'").run();
    db.close();
  }
});

test("the audit endpoints answer bad input with a 400 in Intercom's envelope", async ({ request }) => {
  for (const [query, field] of [
    ["range=5y", "range"],
    ["range=30d&category=nope", "category"],
    ["after=10&before=5", "after"],
    ["range=7d&tz=Mars/Olympus", "tz"],
    ["range=7d&cell=9-99", "cell"],
  ] as const) {
    const res = await request.get(`/api/audit?${query}`);
    expect(res.status(), query).toBe(400);
    const body = await res.json();
    expect(body).toMatchObject({ type: "error.list", errors: [{ code: "parameter_invalid", field }] });
    expect(JSON.stringify(body)).not.toContain("at ");
  }
  const bad = await request.get("/api/audit/entries?range=7d&cursor=nonsense");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).errors[0].field).toBe("cursor");
});
