import { describe, expect, it } from "vitest";
import { periodKey } from "./filter";
import { bucketStretches } from "./local-buckets";
import { offsetSegments, zonedParts } from "./zoned";

const HOUR = 3600;

/** Each second's bucket, the slow way: through the zone's own local parts. */
function bucketsBySecond(timeZone: string, after: number, before: number, granularity: "hour" | "day" | "week", step: number): Map<number, string> {
  const zoned = zonedParts(timeZone);
  const keys = new Map<number, string>();
  for (let t = after; t <= before; t += step) keys.set(t, periodKey(zoned(t), granularity));
  return keys;
}

function keyOf(bucket: number, granularity: "hour" | "day" | "week"): string {
  return granularity === "hour" ? new Date(bucket * 3_600_000).toISOString().slice(0, 13) : new Date(bucket * 86_400_000).toISOString().slice(0, 10);
}

describe("local periods as stretches of UNIX time", () => {
  const cases = [
    ["Europe/Dublin", "week"],
    ["Europe/Dublin", "day"],
    ["America/New_York", "hour"],
    ["Asia/Kolkata", "day"],
    ["Australia/Lord_Howe", "day"],
  ] as const;
  it.each(cases)("puts every moment of a year in %s into the %s the zone gives it, exactly once", (timeZone, granularity) => {
    const after = Date.UTC(2025, 0, 3, 7, 13) / 1000;
    const before = granularity === "hour" ? after + 20 * 86_400 : after + 365 * 86_400;
    const stretches = bucketStretches(offsetSegments(timeZone, after, before), after, before, granularity);
    // Contiguous and covering the range, so each entry is counted once.
    expect(stretches[0]!.from).toBe(after);
    expect(stretches.at(-1)!.until).toBe(before + 1);
    for (let i = 1; i < stretches.length; i++) expect(stretches[i]!.from).toBe(stretches[i - 1]!.until);
    const step = granularity === "hour" ? 15 * 60 : 3 * HOUR;
    for (const [t, key] of bucketsBySecond(timeZone, after, before, granularity, step)) {
      const s = stretches.find((x) => x.from <= t && t < x.until)!;
      expect(keyOf(s.bucket, granularity), `at ${new Date(t * 1000).toISOString()}`).toBe(key);
    }
  });
});
