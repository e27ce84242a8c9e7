import { describe, expect, it } from "vitest";
import { accessReview, isDormant, type ChangeEntry, type Teammate } from "./access-review";

const NOW = 1_795_478_400;
const DAY = 86_400;
const ana: Teammate = { id: "1", name: "Ana Ruiz", email: "ana@x.example", has_inbox_seat: true, team_ids: ["t1"] };
const bo: Teammate = { id: "2", name: "Bo Li", email: "bo@x.example", has_inbox_seat: false, team_ids: [] };

function entry(id: string, type: string, by: string, description: string, at = NOW - DAY): ChangeEntry {
  return { id, created_at: at, activity_type: type, admin_id: by, admin_email: null, description, metadata: null };
}

describe("access review", () => {
  it("calls a teammate dormant after N days without a sign-in, or with none on record", () => {
    expect(isDormant(NOW - 30 * DAY, NOW)).toBe(false); // exactly 30 days: not yet
    expect(isDormant(NOW - 30 * DAY - 1, NOW)).toBe(true);
    expect(isDormant(NOW - 8 * DAY, NOW, 7)).toBe(true);
    expect(isDormant(null, NOW)).toBe(true);
  });

  it("lists each teammate's permission, role, seat and 2FA changes and flags those made by someone else", () => {
    const changes = [
      entry("c1", "role_change", "2", "Bo Li changed Ana Ruiz's role from Support agent to Admin."),
      entry("c2", "admin_two_factor_auth_change", "1", "Ana Ruiz disabled two-factor authentication.", NOW - 2 * DAY),
      entry("c3", "admin_two_factor_auth_change", "2", "Bo Li enabled two-factor authentication."),
      entry("c4", "admin_login_success", "1", "Ana Ruiz successfully signed in."),
    ];
    const rows = accessReview(
      [ana, bo],
      new Map([["1", NOW - 3 * DAY]]),
      new Map([
        ["1", NOW - DAY],
        ["2", NOW - 40 * DAY],
      ]),
      changes,
      NOW,
    );
    expect(rows[0]).toMatchObject({ id: "1", daysSinceSignIn: 3, dormant: false, lastActivity: NOW - DAY });
    expect(rows[0]!.changes.map((c) => [c.id, c.kind, c.byOther])).toEqual([
      ["c1", "role", true],
      ["c2", "two-factor", false],
    ]);
    expect(rows[1]).toMatchObject({ id: "2", lastSignIn: null, daysSinceSignIn: null, dormant: true });
    expect(rows[1]!.changes.map((c) => c.id)).toEqual(["c3"]);
  });
});
