import { describe, expect, it } from "vitest";
import type { ConversationFact } from "./facts";
import { responseTimes } from "./response-times";
import { dayStart } from "./stats";

function fact(id: string, over: Partial<ConversationFact>): ConversationFact {
  return {
    id,
    created_at: dayStart("2026-11-24"),
    state: "closed",
    team_id: "t1",
    admin_id: "a1",
    tag_ids: [],
    time_to_assignment: null,
    time_to_admin_reply: null,
    time_to_first_close: null,
    time_to_last_close: null,
    median_time_to_reply: null,
    count_reopens: 0,
    rating: null,
    rating_created_at: null,
    rating_admin_id: null,
    sla_name: null,
    sla_status: null,
    ...over,
  };
}

const facts = [
  fact("1", { time_to_admin_reply: 60, time_to_first_close: 600, count_reopens: 0, tag_ids: ["bug"] }),
  fact("2", { time_to_admin_reply: 300, time_to_first_close: 1200, count_reopens: 2, tag_ids: ["bug", "vip"] }),
  fact("3", { time_to_admin_reply: 120, count_reopens: 1, team_id: "t2" }),
  fact("4", { created_at: dayStart("2026-11-16"), time_to_admin_reply: 7200, team_id: null, admin_id: null }),
];

describe("response times", () => {
  it("groups by team with p50/p90 and reopen counts, largest group first, unassigned as none", () => {
    const groups = responseTimes(facts, "team");
    expect(groups.map((g) => [g.key, g.conversations, g.reopened, g.reopens])).toEqual([
      ["t1", 2, 1, 2],
      ["none", 1, 0, 0],
      ["t2", 1, 1, 1],
    ]);
    // t1 replies 60, 300 → p50 rank 1 = 60, p90 rank 2 = 300
    expect(groups[0]!.metrics.time_to_admin_reply).toEqual({ p50: 60, p90: 300, n: 2 });
    expect(groups[0]!.metrics.time_to_last_close).toEqual({ p50: null, p90: null, n: 0 });
  });

  it("counts a conversation under each of its tags, and weeks in time order", () => {
    expect(responseTimes(facts, "tag").map((g) => [g.key, g.conversations])).toEqual([
      ["bug", 2],
      ["none", 2],
      ["vip", 1],
    ]);
    const weeks = responseTimes(facts, "week");
    expect(weeks.map((g) => [g.key, g.conversations])).toEqual([
      ["2026-11-16", 1],
      ["2026-11-23", 3],
    ]);
    // 60, 120, 300 → p50 = 120 (rank 2), p90 = 300 (rank 3)
    expect(weeks[1]!.metrics.time_to_admin_reply).toEqual({ p50: 120, p90: 300, n: 3 });
  });
});
