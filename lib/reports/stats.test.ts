import { describe, expect, it } from "vitest";
import { dayStart, percentile, spread, weekStart } from "./stats";

describe("percentiles", () => {
  it("takes the nearest rank, so the result is a value that happened", () => {
    const ten = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(percentile(ten, 50)).toBe(50); // rank ceil(5) = 5th
    expect(percentile(ten, 90)).toBe(90); // rank 9
    expect(percentile(ten, 91)).toBe(100); // rank ceil(9.1) = 10
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });

  it("ignores conversations without a value and sorts the rest", () => {
    // 60, 120, 300, 900, 3600 → p50 rank 3 = 300, p90 rank ceil(4.5) = 5 = 3600
    expect(spread([900, null, 60, 3600, null, 120, 300])).toEqual({ p50: 300, p90: 3600, n: 5 });
    expect(spread([null])).toEqual({ p50: null, p90: null, n: 0 });
  });
});

describe("weeks", () => {
  it("start on Monday 00:00 UTC", () => {
    expect(weekStart(dayStart("2026-11-24"))).toBe("2026-11-23"); // a Tuesday
    expect(weekStart(dayStart("2026-11-23"))).toBe("2026-11-23"); // the Monday itself
    expect(weekStart(dayStart("2026-11-23") - 1)).toBe("2026-11-16"); // Sunday 23:59:59
    expect(weekStart(dayStart("2026-11-29") + 86_399)).toBe("2026-11-23");
  });
});
