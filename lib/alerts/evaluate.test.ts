import { describe, expect, it } from "vitest";
import { evaluate, type AlertEntry } from "./evaluate";
import type { AlertRule } from "./rules";

// Tuesday 2026-11-24 10:00 UTC = 10:00 in Dublin (winter time).
const TUE_10 = Date.parse("2026-11-24T10:00:00Z") / 1000;
let seq = 0;
function e(type: string, at: number, admin = "1", ip = "203.0.113.1"): AlertEntry {
  seq++;
  return { id: `e${seq}`, seq, created_at: at, activity_type: type, admin_id: admin, admin_email: `${admin}@x.example`, admin_ip: ip, description: `${admin} did ${type}` };
}
const run = (rule: AlertRule, entries: AlertEntry[], known: [string, string[]][] = []) =>
  evaluate({ rules: [rule], entries, knownIps: new Map(known.map(([k, v]) => [k, new Set(v)])), timeZone: "Europe/Dublin" }).map((m) => m.entryId);

describe("alert evaluation", () => {
  it("matches activity types in a set and a teammate by id or email", () => {
    const entries = [e("app_data_export", TUE_10), e("admin_logout", TUE_10 + 1, "2"), e("bulk_export", TUE_10 + 2, "2")];
    expect(run({ id: "x", name: "x", kind: "activity_type", types: ["app_data_export", "bulk_export"] }, entries)).toEqual(["e1", "e3"]);
    expect(run({ id: "t", name: "t", kind: "teammate", teammates: ["2@x.example"] }, entries)).toEqual(["e2", "e3"]);
  });

  it("flags a sign-in from an IP the teammate had not used, once, and not a teammate's very first", () => {
    const entries = [e("admin_login_success", TUE_10, "1", "198.51.100.7"), e("admin_login_success", TUE_10 + 60, "1", "198.51.100.7"), e("admin_login_success", TUE_10, "3", "192.0.2.1")];
    expect(run({ id: "ip", name: "ip", kind: "new_ip_sign_in" }, entries, [["1", ["203.0.113.1"]]])).toEqual([entries[0]!.id]);
  });

  it("flags activity outside office hours in the given time zone", () => {
    const rule: AlertRule = { id: "oh", name: "oh", kind: "outside_office_hours", days: [1, 2, 3, 4, 5], startHour: 9, endHour: 18, types: null };
    const inside = e("admin_logout", TUE_10);
    const evening = e("admin_logout", TUE_10 + 8 * 3600); // 18:00
    const early = e("admin_logout", TUE_10 - 3600 - 1); // 08:59:59
    const saturday = e("admin_logout", TUE_10 + 4 * 86_400);
    // Matches come in time order.
    expect(run(rule, [inside, evening, early, saturday])).toEqual([early.id, evening.id, saturday.id]);
  });

  it("fires once per burst of N failed sign-ins within M minutes, per teammate", () => {
    const rule: AlertRule = { id: "b", name: "b", kind: "failed_sign_ins", count: 3, minutes: 10 };
    const slow = [0, 400, 800].map((s) => e("admin_login_failure", TUE_10 + s, "5")); // never 3 inside 10 min
    const burst = [0, 60, 120, 180, 240].map((s) => e("admin_login_failure", TUE_10 + 3600 + s, "6"));
    const other = e("admin_login_failure", TUE_10 + 3600 + 90, "7");
    const later = [0, 30, 60].map((s) => e("admin_login_failure", TUE_10 + 7200 + s, "6"));
    expect(run(rule, [...slow, ...burst, other, ...later])).toEqual([burst[2]!.id, later[2]!.id]);
  });
});
