import { describe, expect, it } from "vitest";
import { distribution, ratingGroups, type RatedFact } from "./csat";
import { dayStart } from "./stats";

const mon = dayStart("2026-11-23");
const rows: RatedFact[] = [
  { id: "1", rating: 5, created_at: mon, rating_created_at: mon, team_id: "t1", admin_id: "a1" },
  { id: "2", rating: 1, created_at: mon + 3_600, rating_created_at: mon + 3_600, team_id: "t1", admin_id: "a2" },
  { id: "3", rating: 4, created_at: mon - 60, rating_created_at: mon + 60, team_id: "t2", admin_id: "a1" },
  { id: "4", rating: 2, created_at: mon - 86_400, rating_created_at: mon, team_id: null, admin_id: "a2" },
];

describe("ratings", () => {
  it("counts each score", () => {
    expect(distribution(rows).map((d) => d.count)).toEqual([1, 1, 0, 1, 1]);
  });

  it("averages per week and per teammate, worst first, with the low ratings counted", () => {
    expect(ratingGroups(rows, "week")).toEqual([
      { key: "2026-11-16", count: 2, average: 3, low: 1 },
      { key: "2026-11-23", count: 2, average: 3, low: 1 },
    ]);
    expect(ratingGroups(rows, "admin")).toEqual([
      { key: "a2", count: 2, average: 1.5, low: 2 },
      { key: "a1", count: 2, average: 4.5, low: 0 },
    ]);
    expect(ratingGroups(rows, "team").map((g) => g.key)).toEqual(["none", "t1", "t2"]);
  });
});
