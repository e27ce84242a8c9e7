import { describe, expect, it } from "vitest";
import { countByType, eventsPerPeriod, topTeammates, weekdayHourHeatmap } from "./aggregate";
import { filterRows, granularityFor, NO_FILTERS } from "./filter";
import { entry } from "./test-entries";
import { toRows } from "./rows";
import { zonedParts } from "./zoned";

// Monday 2025-03-03 00:00 UTC
const MON = Date.UTC(2025, 2, 3) / 1000;
const H = 3_600;
const utc = zonedParts("UTC");

const entries = [
  entry("e6", MON + 2 * 86_400 + 9 * H, "app_data_export", "2"),
  entry("e5", MON + 2 * 86_400 + 9 * H, "admin_login_success", "2", "192.0.2.7"),
  entry("e4", MON + 86_400 + 14 * H, "admin_login_failure", "1", "185.220.101.34"),
  entry("e3", MON + 9 * H + 30, "admin_login_success", "1"),
  entry("e2", MON + 9 * H, "admin_away_mode_change", "2"),
  entry("e1", MON + 8 * H, "admin_login_success", "1"),
];
const rows = toRows(entries, utc);

describe("aggregation", () => {
  it("counts every day of the range, empty days included, stacked by category", () => {
    const buckets = eventsPerPeriod(rows, "day", MON, MON + 4 * 86_400 - 1, utc);
    expect(buckets.map((b) => b.key)).toEqual(["2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06"]);
    expect(buckets.map((b) => b.total)).toEqual([3, 1, 2, 0]);
    expect(buckets[0]).toMatchObject({ security: 2, teammates: 1, data: 0 });
    expect(buckets[2]).toMatchObject({ security: 1, data: 1 });
  });

  it("buckets by hour for a day and by week for long ranges, keeping charts small", () => {
    expect(granularityFor(MON, MON + 86_400)).toBe("hour");
    expect(granularityFor(MON, MON + 30 * 86_400)).toBe("day");
    expect(granularityFor(MON, MON + 365 * 86_400)).toBe("week");
    const hours = eventsPerPeriod(
      rows.filter((r) => r.day === "2025-03-03"),
      "hour",
      MON,
      MON + 86_400 - 1,
      utc,
    );
    expect(hours).toHaveLength(24);
    expect(hours.find((h) => h.key === "2025-03-03T09")?.total).toBe(2);
    const weeks = eventsPerPeriod(rows, "week", MON - 300 * 86_400, MON + 60 * 86_400, utc);
    expect(weeks.length).toBeLessThanOrEqual(53);
    expect(weeks.find((w) => w.key === "2025-03-03")?.total).toBe(6);
  });

  it("ranks teammates and types by event count", () => {
    const { top, others } = topTeammates(rows, 1);
    expect(top).toEqual([{ adminId: "1", email: "admin1@example.com", count: 3 }]);
    expect(others).toBe(3);
    const types = countByType(rows, 2);
    expect(types.top[0]).toMatchObject({ type: "admin_login_success", count: 3, category: "security" });
    expect(types.distinct).toBe(4);
    expect(types.others).toBe(2);
  });

  it("fills an hour × weekday grid, Monday first", () => {
    const { counts, max } = weekdayHourHeatmap(rows);
    expect(counts[0]![9]).toBe(2);
    expect(counts[0]![8]).toBe(1);
    expect(counts[1]![14]).toBe(1);
    expect(counts[2]![9]).toBe(2);
    expect(max).toBe(2);
  });

  it("uses the chosen time zone for days and hours", () => {
    const dublinSummer = Date.UTC(2025, 6, 7, 23, 30) / 1000; // 00:30 next day in Dublin (UTC+1)
    const [row] = toRows([entry("x", dublinSummer, "admin_logout")], zonedParts("Europe/Dublin"));
    expect(row).toMatchObject({ day: "2025-07-08", hour: 0, weekday: 1 });
  });

  it("flags a teammate's first sign-in from an IP not seen earlier in the range", () => {
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.e1!.newIp).toBe(false); // the teammate's first entry is the baseline
    expect(byId.e3!.newIp).toBe(false);
    expect(byId.e5!.newIp).toBe(true);
    expect(byId.e5!.sensitive).toBe(true);
    expect(byId.e4!.newIp).toBe(false); // failed sign-ins are flagged as failures, not as new IPs
  });

  it("aggregates 50,000 entries fast enough to stay responsive", () => {
    const many = Array.from({ length: 50_000 }, (_, i) => entry(`m${i}`, MON + 90 * 86_400 - i * 155, i % 9 ? "admin_login_success" : "role_change", String(i % 25)));
    const started = performance.now();
    const big = toRows(many, zonedParts("Europe/Dublin"));
    const filtered = filterRows(big, { ...NO_FILTERS, sensitive: true }, "day");
    eventsPerPeriod(big, "day", MON, MON + 90 * 86_400, zonedParts("Europe/Dublin"));
    topTeammates(big);
    countByType(big);
    weekdayHourHeatmap(big);
    expect(filtered.length).toBeGreaterThan(5_000);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
