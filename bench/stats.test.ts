import { describe, expect, it } from "vitest";
import { longestChain, median, percentile, totalBlockingTime } from "./stats";

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const xs = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(percentile(xs, 50)).toBe(5);
    expect(percentile(xs, 99)).toBe(10);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile(xs, 90)).toBe(9);
  });
  it("is NaN without samples", () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it("ignores values that were not measured", () => {
    expect(median([Number.NaN, 7, 9])).toBe(8);
    expect(median([Number.NaN])).toBeNaN();
  });
});

describe("longestChain", () => {
  it("counts calls that overlap as one round trip", () => {
    const calls = [
      { id: "a", start: 0, end: 50 },
      { id: "b", start: 1, end: 51 },
      { id: "c", start: 2, end: 52 },
    ];
    expect(longestChain(calls)).toHaveLength(1);
  });
  it("follows calls that start after another ended", () => {
    const calls = [
      { id: "me", start: 0, end: 50 },
      { id: "admins", start: 1, end: 51 },
      { id: "logs-1", start: 52, end: 100 },
      { id: "logs-2", start: 101, end: 150 },
      { id: "side", start: 60, end: 110 },
    ];
    expect(longestChain(calls).map((c) => c.id)).toEqual(["me", "logs-1", "logs-2"]);
  });
  it("takes the longest of several waterfalls, whatever the input order", () => {
    const calls = [
      { id: "x2", start: 30, end: 40 },
      { id: "y1", start: 0, end: 5 },
      { id: "x1", start: 0, end: 20 },
      { id: "y2", start: 6, end: 10 },
      { id: "y3", start: 11, end: 15 },
      { id: "y4", start: 16, end: 19 },
    ];
    expect(longestChain(calls).map((c) => c.id)).toEqual(["y1", "y2", "y3", "y4", "x2"]);
  });
  it("is empty when no call was made", () => {
    expect(longestChain([])).toEqual([]);
  });
});

describe("totalBlockingTime", () => {
  it("sums the part of each task over 50 ms after the first paint", () => {
    const tasks = [
      { startTime: 10, duration: 200 },
      { startTime: 120, duration: 80 },
      { startTime: 300, duration: 50 },
      { startTime: 400, duration: 120 },
    ];
    expect(totalBlockingTime(tasks, 100)).toBe(30 + 0 + 70);
    expect(totalBlockingTime(tasks, 100, 350)).toBe(30);
  });
});
