import { describe, expect, it } from "vitest";
import { describeRule, parseRules } from "./rules";

describe("alert rules file", () => {
  it("reads every kind, with office-hour defaults", () => {
    const result = parseRules(
      JSON.stringify({
        timeZone: "Europe/Dublin",
        rules: [
          { id: "exports", kind: "activity_type", types: ["app_data_export"] },
          { id: "felix", name: "Felix did something", kind: "teammate", teammates: ["felix@northwind.example"] },
          { id: "new-ip", kind: "new_ip_sign_in" },
          { id: "night", kind: "outside_office_hours" },
          { id: "burst", kind: "failed_sign_ins", count: 5, minutes: 10 },
        ],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ruleSet.timeZone).toBe("Europe/Dublin");
    expect(result.ruleSet.rules.map((r) => r.name)).toEqual(["exports", "Felix did something", "new-ip", "night", "burst"]);
    expect(result.ruleSet.rules[3]).toMatchObject({ days: [1, 2, 3, 4, 5], startHour: 9, endHour: 18, types: null });
    expect(describeRule(result.ruleSet.rules[4]!)).toBe("5 failed sign-ins by one teammate within 10 minutes");
  });

  it("reports every mistake by rule and field, and activates nothing from a bad file", () => {
    expect(parseRules("{ rules: [")).toMatchObject({ ok: false, errors: [expect.stringMatching(/^not valid JSON/)] });
    expect(parseRules("[]")).toEqual({ ok: false, errors: ['the file must be an object with a "rules" list'] });
    const bad = parseRules(
      JSON.stringify({
        timeZone: "Mars/Olympus",
        rules: [
          { id: "a", kind: "activity_type", types: [] },
          { id: "a", kind: "failed_sign_ins", count: 1, minutes: 10 },
          { id: "b", kind: "outside_office_hours", startHour: 18, endHour: 9 },
          { kind: "nope" },
        ],
      }),
    );
    expect(bad).toEqual({
      ok: false,
      errors: [
        "timeZone must be an IANA time zone such as Europe/Dublin",
        'rule "a": types must be a non-empty list of activity types',
        'rule "a": count (2–1000) and minutes (1–1440) are required whole numbers',
        'rule "b": startHour and endHour must be whole hours with startHour < endHour',
        "rules[3].id must be 1–64 letters, digits, dots, dashes or underscores",
        "rules[3]: kind must be one of activity_type, teammate, new_ip_sign_in, outside_office_hours, failed_sign_ins",
      ],
    });
  });
});
