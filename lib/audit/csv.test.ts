import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { auditCsv } from "./csv";
import { entry } from "./test-entries";
import { toRows } from "./rows";
import { zonedParts } from "./zoned";

const AT = Date.UTC(2025, 2, 3, 9, 15) / 1000;
const tricky = [
  entry("a", AT, "campaign_state_change", "7", "203.0.113.10", 'Maya changed the campaign Spring sale, 20% off from "draft" to live.', { before: "draft", after: "live" }),
  entry("b", AT - 60, "welcome_message_change", "7", "203.0.113.10", "Chloe changed the welcome message:\nHi 👋\r\nAsk us anything"),
  entry("c", AT - 120, "app_name_change", "7", "203.0.113.10", "=HYPERLINK(\"http://evil.example\")"),
];

describe("audit CSV", () => {
  const csv = auditCsv(toRows(tricky, zonedParts("UTC")), { timeZone: "Europe/Dublin", names: new Map([["7", "Maya Goldberg"]]) });
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });

  it("has one line per row plus the header, even with commas, quotes and newlines", () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(4);
    expect(parsed.data[1]![9]).toBe('Maya changed the campaign Spring sale, 20% off from "draft" to live.');
    expect(parsed.data[2]![9]).toBe("Chloe changed the welcome message:\nHi 👋\r\nAsk us anything");
  });

  it("quotes fields the way spreadsheets expect", () => {
    expect(csv).toContain('"Maya changed the campaign Spring sale, 20% off from ""draft"" to live."');
    expect(csv).toContain('"Chloe changed the welcome message:\nHi 👋\r\nAsk us anything"');
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(parsed.data[3]![9]).toBe("'=HYPERLINK(\"http://evil.example\")");
  });

  it("writes the time in the chosen zone and in UTC, the teammate and the metadata", () => {
    expect(parsed.data[0]).toContain("Description");
    expect(parsed.data[1]!.slice(0, 6)).toEqual(["2025-03-03 09:15:00", "Europe/Dublin", "2025-03-03T09:15:00.000Z", "Maya Goldberg", "admin7@example.com", "7"]);
    expect(JSON.parse(parsed.data[1]![13]!)).toEqual({ before: "draft", after: "live" });
  });
});
