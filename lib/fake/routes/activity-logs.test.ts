import { describe, expect, it } from "vitest";
import { createFakeIntercom } from "../server";
import { activityLogAt, activityLogIndexRange, activityLogTime } from "../workspace/activity-logs";
import { createWorkspace, DAY } from "../workspace/context";
import { SCALES } from "../workspace/scale";

const NOW = 1_760_000_000;

interface Page {
  type: string;
  pages: { next: { starting_after: string } | null; per_page: number; total_pages: number };
  activity_logs: { id: string; created_at: number; activity_type: string; performed_by: { id: string; ip: string } }[];
}

async function get(fake: ReturnType<typeof createFakeIntercom>, query: string): Promise<{ status: number; body: Page }> {
  const res = await fake(new Request(`https://api.intercom.io/admins/activity_logs?${query}`));
  return { status: res.status, body: (await res.json()) as Page };
}

describe("fake activity log", () => {
  const ws = createWorkspace(SCALES.default, "https://api.intercom.io", NOW);

  it("spreads the entries newest first over the configured history", () => {
    let previous = Infinity;
    for (let i = 0; i < ws.scale.activityLogs; i++) {
      const t = activityLogTime(ws, i);
      expect(t).toBeLessThanOrEqual(previous);
      previous = t;
    }
    expect(activityLogTime(ws, 0)).toBeGreaterThan(NOW - DAY);
    expect(activityLogTime(ws, ws.scale.activityLogs - 1)).toBeGreaterThanOrEqual(NOW - ws.scale.activityDays * DAY);
  });

  it("maps a created_at range to exactly the entries inside it", () => {
    const after = NOW - 10 * DAY;
    const before = NOW - 3 * DAY;
    const [from, to] = activityLogIndexRange(ws, after, before);
    const inside = Array.from({ length: ws.scale.activityLogs }, (_, i) => activityLogTime(ws, i)).filter((t) => t >= after && t <= before);
    expect(to - from).toBe(inside.length);
    expect(inside.length).toBeGreaterThan(100);
  });

  it("is dominated by sign-ins and carries before/after values on changes", () => {
    const sample = Array.from({ length: 2_000 }, (_, i) => activityLogAt(ws, i));
    const share = (type: string) => sample.filter((e) => e.activity_type === type).length / sample.length;
    expect(share("admin_login_success")).toBeGreaterThan(0.3);
    expect(share("admin_login_failure")).toBeGreaterThan(0);
    const roleChange = sample.find((e) => e.activity_type === "role_change");
    expect(roleChange?.metadata).toMatchObject({ before: expect.any(String), after: expect.any(String) });
    expect(new Set(sample.map((e) => e.id)).size).toBe(sample.length);
  });

  it("walks every page of a range once, honouring per_page and created_at_before", async () => {
    const fake = createFakeIntercom({ scale: "default" });
    const now = fake.workspace.now;
    const after = now - 7 * DAY;
    const before = now - DAY;
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const { status, body } = await get(fake, `created_at_after=${after}&created_at_before=${before}&per_page=150${cursor ? `&starting_after=${cursor}` : ""}`);
      expect(status).toBe(200);
      expect(body.type).toBe("activity_log.list");
      for (const e of body.activity_logs) {
        expect(e.created_at).toBeGreaterThanOrEqual(after);
        expect(e.created_at).toBeLessThanOrEqual(before);
        seen.push(e.id);
      }
      cursor = body.pages.next?.starting_after;
      pages++;
    } while (cursor);
    expect(seen.length).toBeGreaterThan(150);
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBe(Math.ceil(seen.length / 150));
  });

  it("defaults to 20 per page and requires created_at_after", async () => {
    const fake = createFakeIntercom({ scale: "default" });
    const { body } = await get(fake, `created_at_after=${fake.workspace.now - 30 * DAY}`);
    expect(body.activity_logs).toHaveLength(20);
    expect(body.pages.per_page).toBe(20);
    expect((await get(fake, "per_page=5")).status).toBe(400);
  });

  it("generates the large workspace's range on demand", () => {
    const large = createWorkspace(SCALES.large, "https://api.intercom.io", NOW);
    const started = performance.now();
    const [from, to] = activityLogIndexRange(large, NOW - 90 * DAY, undefined);
    for (let i = from; i < from + 150; i++) activityLogAt(large, i);
    expect(to - from).toBeGreaterThan(40_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
