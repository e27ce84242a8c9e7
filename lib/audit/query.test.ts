import { describe, expect, it } from "vitest";
import { NO_FILTERS } from "./filter";
import { auditSearchParams, parseAuditQuery } from "./query";

const NOW = Date.UTC(2026, 10, 24, 12) / 1000;

describe("the audit query contract", () => {
  it("round-trips a query through URL parameters", () => {
    const q = {
      after: NOW - 86_400,
      before: NOW,
      timeZone: "Europe/Dublin",
      filters: { ...NO_FILTERS, teammate: "7", category: "security" as const, ip: "203.0.", text: "export", sensitive: true, newIp: true, period: "2026-11-23T09", cell: { weekday: 0, hour: 9 } },
    };
    const parsed = parseAuditQuery(auditSearchParams(q), NOW);
    expect(parsed).toEqual({ ok: true, query: q });
  });

  it("reads presets and custom days as the page does", () => {
    const preset = parseAuditQuery(new URLSearchParams("range=30d"), NOW);
    expect(preset.ok && preset.query.before - preset.query.after).toBe(30 * 86_400);
    const custom = parseAuditQuery(new URLSearchParams("range=custom&from=2025-01-01&to=2025-01-31&tz=UTC"), NOW);
    expect(custom.ok && [custom.query.after, custom.query.before]).toEqual([Date.UTC(2025, 0, 1) / 1000, Date.UTC(2025, 1, 1) / 1000 - 1]);
  });

  it("names the parameter that is wrong instead of guessing", () => {
    const field = (qs: string) => {
      const r = parseAuditQuery(new URLSearchParams(qs), NOW);
      return r.ok ? null : r.field;
    };
    expect(field("range=5y")).toBe("range");
    expect(field("range=custom&from=2025-13-45")).toBe("from");
    expect(field("after=5&before=1")).toBe("after");
    expect(field(`after=0&before=${400 * 86_400}`)).toBe("after");
    expect(field("range=7d&tz=Mars/Olympus")).toBe("tz");
    expect(field("range=7d&category=nope")).toBe("category");
    expect(field("range=7d&cell=7-1")).toBe("cell");
    expect(field("range=7d&period=yesterday")).toBe("period");
    expect(field("range=7d&sensitive=maybe")).toBe("sensitive");
    expect(field(`range=7d&q=${"x".repeat(201)}`)).toBe("q");
  });
});
