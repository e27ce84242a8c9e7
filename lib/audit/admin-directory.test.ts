import { describe, expect, it } from "vitest";
import type { Admin, Team } from "@/lib/intercom/types/admins";
import { directory } from "./admin-directory";

const admin = (id: string, name: string, extra: Partial<Admin> = {}): Admin => ({ type: "admin", id, name, email: `${name.toLowerCase()}@example.com`, ...extra });
const admins = [
  admin("1", "Zoe", { team_ids: [10], away_mode_enabled: true, job_title: "Lead" }),
  admin("2", "Adam", { team_ids: [10, 11], has_inbox_seat: true, job_title: "Agent" }),
  admin("3", "Mia", { team_ids: null, email: null, name: null }),
];
const teams = new Map<string, Team>([
  ["10", { type: "team", id: "10", name: "Billing" }],
  ["11", { type: "team", id: "11", name: "Tier 2" }],
]);
const base = { q: null, team: null, away: null, sort: "name", dir: "asc" } as const;

describe("teammate directory", () => {
  it("searches by name or email", () => {
    expect(directory(admins, teams, { ...base, q: "ADA" }).map((a) => a.id)).toEqual(["2"]);
    expect(directory(admins, teams, { ...base, q: "zoe@" }).map((a) => a.id)).toEqual(["1"]);
  });

  it("filters by team and by away status", () => {
    expect(directory(admins, teams, { ...base, team: "11" }).map((a) => a.id)).toEqual(["2"]);
    expect(directory(admins, teams, { ...base, away: "away" }).map((a) => a.id)).toEqual(["1"]);
    expect(directory(admins, teams, { ...base, away: "active" }).map((a) => a.id)).toEqual(["3", "2"]);
  });

  it("sorts by any column in both directions, tolerating missing fields", () => {
    expect(directory(admins, teams, { ...base, sort: "teams", dir: "desc" }).map((a) => a.id)).toEqual(["2", "1", "3"]);
    expect(directory(admins, teams, { ...base, sort: "job" }).map((a) => a.id)).toEqual(["3", "2", "1"]);
    expect(directory(admins, teams, { ...base, dir: "desc" }).map((a) => a.id)).toEqual(["1", "2", "3"]);
  });
});
