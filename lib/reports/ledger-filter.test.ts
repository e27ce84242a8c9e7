import { describe, expect, it } from "vitest";
import { FilterError, ledgerQuery, parseLedgerFilter, parseLedgerSort, rangeBounds } from "./ledger-filter";

describe("ledger filters", () => {
  it("round-trip through the query string a drill-down link carries", () => {
    const q = ledgerQuery({ from: "2026-11-16", to: "2026-11-22", team: "8000102", ratings: [2, 1], reopened: true }, { column: "time_to_admin_reply", dir: "asc" });
    expect(q.toString()).toBe("from=2026-11-16&to=2026-11-22&team=8000102&rating=2%2C1&reopened=1&sort=time_to_admin_reply&dir=asc");
    expect(parseLedgerFilter(q)).toMatchObject({ from: "2026-11-16", team: "8000102", ratings: [1, 2], reopened: true, admin: null });
    expect(parseLedgerSort(q)).toEqual({ column: "time_to_admin_reply", dir: "asc" });
  });

  it("refuses bad values with a message instead of matching nothing", () => {
    expect(() => parseLedgerFilter(new URLSearchParams("rating=6"))).toThrow(FilterError);
    expect(() => parseLedgerFilter(new URLSearchParams("from=yesterday"))).toThrow(/date like/);
    expect(() => parseLedgerFilter(new URLSearchParams("team=1;drop"))).toThrow(/team/);
    expect(() => parseLedgerSort(new URLSearchParams("sort=body"))).toThrow(/sort must be/);
  });

  it("covers whole UTC days", () => {
    expect(rangeBounds({ from: "2026-11-23", to: "2026-11-23" })).toEqual({ start: 1_795_392_000, end: 1_795_478_400 });
  });
});
