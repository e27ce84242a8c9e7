import { describe, expect, it } from "vitest";
import { formatFileSize, statisticsRows } from "./format";

const value = (rows: ReturnType<typeof statisticsRows>, key: string) => rows.find((r) => r.key === key)?.value;

describe("statisticsRows", () => {
  it("reads seconds as durations a person scans at a glance", () => {
    const rows = statisticsRows({ time_to_assignment: 45, time_to_admin_reply: 3_725, time_to_first_close: 2 * 86_400 + 3 * 3_600, median_time_to_reply: 600, time_to_last_close: 3_600 });
    expect(value(rows, "time_to_assignment")).toBe("45 s");
    expect(value(rows, "time_to_admin_reply")).toBe("1 h 2 min");
    expect(value(rows, "time_to_first_close")).toBe("2 d 3 h");
    expect(value(rows, "median_time_to_reply")).toBe("10 min");
    expect(value(rows, "time_to_last_close")).toBe("1 h");
  });

  it("counts with the right plural", () => {
    const rows = statisticsRows({ count_reopens: 1, count_assignments: 3, count_conversation_parts: 613 });
    expect(value(rows, "count_reopens")).toBe("1 time");
    expect(value(rows, "count_assignments")).toBe("3 assignments");
    expect(value(rows, "count_conversation_parts")).toBe("613 parts");
  });

  it("shows a dash for null, missing or nonsense values and for null statistics", () => {
    const rows = statisticsRows({ time_to_admin_reply: null, count_reopens: Number.NaN, time_to_first_close: -5 });
    expect(value(rows, "time_to_admin_reply")).toBe("—");
    expect(value(rows, "count_reopens")).toBe("—");
    expect(value(rows, "time_to_first_close")).toBe("—");
    expect(statisticsRows(null).every((r) => r.value === "—")).toBe(true);
  });

  it("dates the milestones in the requested time zone", () => {
    const rows = statisticsRows({ time_to_admin_reply: 60, first_admin_reply_at: 1_700_000_000 }, "UTC");
    expect(rows.find((r) => r.key === "time_to_admin_reply")?.detail).toBe("14 Nov 2023, 22:13");
  });
});

describe("formatFileSize", () => {
  it("uses the largest sensible unit", () => {
    expect(formatFileSize(512)).toBe("512 B");
    expect(formatFileSize(6_210)).toBe("6.1 KB");
    expect(formatFileSize(248_112)).toBe("242 KB");
    expect(formatFileSize(14_220_480)).toBe("14 MB");
    expect(formatFileSize(null)).toBe("—");
  });
});
