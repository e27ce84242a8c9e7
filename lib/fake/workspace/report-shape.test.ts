import { describe, expect, it } from "vitest";
import { activityLogAt, BURST_ADMIN_INDEX, BURST_IP, BURST_LENGTH, burstStart, DORMANT_ADMIN_INDICES } from "./activity-logs";
import { adminIdAt, teamIdAt } from "./admins";
import { articleHistory } from "./article-history";
import { articleAt, articleStatistics } from "./articles";
import { createWorkspace, DAY } from "./context";
import { conversationItemAt, conversationCount, REOPEN_PRONE_TAGS, SLOW_TEAM_INDEX } from "./conversations";
import { SCALES } from "./scale";

const NOW = 1_760_000_000;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

describe("demo workspace shape for the reports", () => {
  const ws = createWorkspace(SCALES.default, "https://api.intercom.io", NOW);
  const items = Array.from({ length: conversationCount(ws) }, (_, i) => conversationItemAt(ws, i));

  it("has one team clearly slower to first reply, and slower weekends", () => {
    const replies = (pred: (c: (typeof items)[number]) => boolean) => items.filter((c) => pred(c) && c.statistics.time_to_admin_reply !== null).map((c) => c.statistics.time_to_admin_reply!);
    const slow = Number(teamIdAt(SLOW_TEAM_INDEX));
    expect(median(replies((c) => c.team_assignee_id === slow))).toBeGreaterThan(1.8 * median(replies((c) => c.team_assignee_id !== slow)));
    const weekend = (c: (typeof items)[number]) => [0, 6].includes(new Date(c.created_at * 1000).getUTCDay());
    expect(median(replies(weekend))).toBeGreaterThan(1.8 * median(replies((c) => !weekend(c))));
  });

  it("has tags whose conversations reopen far more often", () => {
    const reopens = (pred: (names: string[]) => boolean) => {
      const rows = items.filter((c) => c.state === "closed" && pred(c.tags.tags.map((t) => t.name)));
      return rows.reduce((sum, c) => sum + c.statistics.count_reopens, 0) / rows.length;
    };
    const prone = (names: string[]) => names.some((n) => (REOPEN_PRONE_TAGS as readonly string[]).includes(n));
    expect(reopens(prone)).toBeGreaterThan(2 * reopens((n) => !prone(n)));
  });

  it("carries ratings 1–5 and every SLA status", () => {
    const ratings = new Set(items.flatMap((c) => (c.conversation_rating ? [c.conversation_rating.rating] : [])));
    expect([...ratings].sort()).toEqual([1, 2, 3, 4, 5]);
    const sla = new Set(items.flatMap((c) => (c.sla_applied ? [c.sla_applied.sla_status] : [])));
    expect([...sla].sort()).toEqual(["active", "cancelled", "hit", "missed"]);
  });

  it("has dormant teammates and a burst of failed sign-ins from one address", () => {
    const recent = Array.from({ length: 1_000 }, (_, i) => activityLogAt(ws, i)).filter((e) => e.created_at > NOW - 30 * DAY);
    expect(recent.length).toBeGreaterThan(100);
    for (const i of DORMANT_ADMIN_INDICES) expect(recent.some((e) => e.performed_by.id === adminIdAt(i))).toBe(false);
    const burst = Array.from({ length: BURST_LENGTH }, (_, k) => activityLogAt(ws, burstStart(ws) + k));
    for (const e of burst) expect([e.activity_type, e.performed_by.id, e.performed_by.ip]).toEqual(["admin_login_failure", adminIdAt(BURST_ADMIN_INDEX), BURST_IP]);
    expect(burst[0]!.created_at - burst.at(-1)!.created_at).toBeLessThanOrEqual(10 * 60);
  });
});

describe("demo article history", () => {
  it("ends at today's totals, never grows backwards in time, and has fading articles and sadder troubled ones", () => {
    const ws = createWorkspace(SCALES.default, "https://api.intercom.io", NOW);
    const fading = articleHistory(ws, 1, 30); // index % 6 === 1
    expect(fading[0]!.views).toBe(articleStatistics(1, articleAt(ws, 1).state).views);
    for (let d = 1; d < fading.length; d++) expect(fading[d]!.views).toBeLessThanOrEqual(fading[d - 1]!.views);
    const troubled = Array.from({ length: 120 }, (_, i) => i).find((i) => i % 8 === 5 && articleStatistics(i, articleAt(ws, i).state).reactions > 0)!;
    const h = articleHistory(ws, troubled, 30);
    expect(h[0]!.sad_pct - h[8]!.sad_pct).toBeGreaterThanOrEqual(5);
  });
});
