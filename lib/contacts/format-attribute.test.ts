import { describe, expect, it } from "vitest";
import { formatAttribute, humanizeKey } from "./format-attribute";

describe("formatAttribute", () => {
  it("renders missing values as a dash and booleans as words", () => {
    expect(formatAttribute(null)).toBe("—");
    expect(formatAttribute("")).toBe("—");
    expect(formatAttribute(true)).toBe("Yes");
    expect(formatAttribute(false, "boolean")).toBe("No");
  });

  it("formats dates by declared type, in seconds or milliseconds", () => {
    const seconds = Date.UTC(2024, 0, 15, 12) / 1000;
    expect(formatAttribute(seconds, "date")).toContain("2024");
    expect(formatAttribute(seconds * 1000, "date")).toBe(formatAttribute(seconds, "date"));
    expect(formatAttribute(seconds, "integer")).toBe("1,705,320,000");
  });

  it("keeps markup as plain text and shows objects as JSON", () => {
    expect(formatAttribute("<img src=x onerror=alert(1)>")).toBe("<img src=x onerror=alert(1)>");
    expect(formatAttribute({ a: 1 })).toBe('{"a":1}');
    expect(formatAttribute(1234.567, "float")).toBe("1,234.57");
  });

  it("humanises attribute keys", () => {
    expect(humanizeKey("custom_attributes.trial_ends_at")).toBe("Trial ends at");
    expect(humanizeKey("location.city")).toBe("Location city");
  });
});
