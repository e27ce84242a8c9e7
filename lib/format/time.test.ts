import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber } from "./time";

// 2026-03-01 23:30 UTC: already 2 March in Tokyo, still 1 March in New York.
const AT = Date.UTC(2026, 2, 1, 23, 30) / 1000;

describe("formatters built once and reused", () => {
  it("keep each time zone's own wall clock, whichever was asked first", () => {
    expect(formatDateTime(AT, "Asia/Tokyo")).toBe("2 Mar 2026, 08:30");
    expect(formatDateTime(AT, "America/New_York")).toBe("1 Mar 2026, 18:30");
    expect(formatDateTime(AT, "Asia/Tokyo")).toBe("2 Mar 2026, 08:30");
  });

  it("keep dates without a time apart from dates with one", () => {
    expect(formatDateTime(AT, "UTC")).toBe("1 Mar 2026, 23:30");
    expect(formatDate(AT, "UTC")).toBe("1 Mar 2026");
    expect(formatDate(AT, "Asia/Tokyo")).toBe("2 Mar 2026");
  });

  it("format numbers with thousands separators", () => {
    expect(formatNumber(1234567)).toBe("1,234,567");
    expect(formatNumber(null)).toBe("—");
  });
});
