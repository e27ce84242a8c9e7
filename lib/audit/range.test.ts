import { describe, expect, it } from "vitest";
import { resolveRange } from "./range";

const NOW = Date.UTC(2025, 5, 15, 12) / 1000; // 15 June 2025, 12:00 UTC
const TZ = "Europe/Dublin"; // UTC+1 in June
const DAY = 86_400;

describe("audit date range", () => {
  it("defaults to the last 7 days", () => {
    const r = resolveRange({ range: null, from: null, to: null }, NOW, TZ);
    expect(r).toMatchObject({ id: "7d", after: NOW - 7 * DAY, before: NOW, notices: [] });
  });

  it("reads each preset", () => {
    expect(resolveRange({ range: "24h", from: null, to: null }, NOW, TZ).after).toBe(NOW - DAY);
    expect(resolveRange({ range: "1y", from: null, to: null }, NOW, TZ).after).toBe(NOW - 365 * DAY);
  });

  it("reads a custom range as whole days in the time zone", () => {
    const r = resolveRange({ range: "custom", from: "2025-06-01", to: "2025-06-10" }, NOW, TZ);
    expect(r.after).toBe(Date.UTC(2025, 4, 31, 23) / 1000);
    expect(r.before).toBe(Date.UTC(2025, 5, 10, 23) / 1000 - 1);
    expect(r.notices).toEqual([]);
  });

  it("swaps an inverted range and says so", () => {
    const r = resolveRange({ range: "custom", from: "2025-06-10", to: "2025-06-01" }, NOW, TZ);
    expect([r.fromDay, r.toDay]).toEqual(["2025-06-01", "2025-06-10"]);
    expect(r.notices[0]).toMatch(/swapped/);
  });

  it("ends a range that runs into the future today, and replaces one entirely in the future", () => {
    const ending = resolveRange({ range: "custom", from: "2025-06-01", to: "2025-07-01" }, NOW, TZ);
    expect(ending.before).toBe(NOW);
    expect(ending.notices[0]).toMatch(/future/);
    const future = resolveRange({ range: "custom", from: "2025-08-01", to: "2025-08-02" }, NOW, TZ);
    expect(future).toMatchObject({ id: "7d", after: NOW - 7 * DAY });
    expect(future.notices[0]).toMatch(/future/);
  });

  it("falls back to 7 days with a message for unparseable dates and unknown presets", () => {
    for (const input of [
      { range: "custom", from: "yesterday", to: null },
      { range: "custom", from: "2025-02-30", to: null },
      { range: "custom", from: null, to: "2025-06-01" },
      { range: "fortnight", from: null, to: null },
    ]) {
      const r = resolveRange(input, NOW, TZ);
      expect(r.id).toBe("7d");
      expect(r.notices).toHaveLength(1);
    }
  });

  it("clamps a range longer than a year or older than the workspace", () => {
    const long = resolveRange({ range: "custom", from: "2020-01-01", to: "2025-06-01" }, NOW, TZ);
    expect(long.before - long.after).toBeLessThanOrEqual(366 * DAY);
    expect(long.notices[0]).toMatch(/year/);
    const created = Date.UTC(2025, 5, 5) / 1000;
    const old = resolveRange({ range: "custom", from: "2025-06-01", to: "2025-06-10" }, NOW, TZ, created);
    expect(old.after).toBe(created);
    expect(old.notices[0]).toMatch(/begins/);
  });
});
