import { describe, expect, it } from "vitest";
import { buildContactSearch, dayToUnix, EMPTY_FILTERS, hasActiveFilters } from "./contact-search";

const page = { perPage: 50 };

describe("buildContactSearch", () => {
  it("builds no search when nothing is typed or filtered (the page lists by cursor instead)", () => {
    expect(buildContactSearch(EMPTY_FILTERS, page)).toBeNull();
    expect(hasActiveFilters({ ...EMPTY_FILTERS, q: "  " })).toBe(false);
  });

  it("sends a single filter bare, with pagination in the body", () => {
    expect(buildContactSearch({ ...EMPTY_FILTERS, q: "ada@acme.io" }, { perPage: 50, startingAfter: "b246NTA" })).toEqual({
      query: { field: "email", operator: "=", value: "ada@acme.io" },
      pagination: { per_page: 50, starting_after: "b246NTA" },
    });
  });

  it("ANDs the typed text with role, tag and segment filters", () => {
    const body = buildContactSearch({ ...EMPTY_FILTERS, q: "okafor", role: "lead", tag: "7000101", segment: "64f1c2000000000000000003" }, page);
    expect(body).toEqual({
      query: {
        operator: "AND",
        value: [
          { field: "name", operator: "~", value: "okafor" },
          { field: "role", operator: "=", value: "lead" },
          { field: "tag_id", operator: "=", value: "7000101" },
          { field: "segment_id", operator: "=", value: "64f1c2000000000000000003" },
        ],
      },
      pagination: { per_page: 50 },
    });
  });

  it("turns inclusive day ranges into Intercom's day-truncated > and <", () => {
    const body = buildContactSearch({ ...EMPTY_FILTERS, createdFrom: "2024-03-05", createdTo: "2024-03-07", seenFrom: "2024-04-01" }, page);
    const march5 = Date.UTC(2024, 2, 5) / 1000;
    const march7 = Date.UTC(2024, 2, 7) / 1000;
    expect(body?.query).toEqual({
      operator: "AND",
      value: [
        { field: "created_at", operator: ">", value: march5 - 86_400 },
        { field: "created_at", operator: "<", value: march7 + 86_400 },
        { field: "last_seen_at", operator: ">", value: Date.UTC(2024, 3, 1) / 1000 - 86_400 },
      ],
    });
  });

  it("ignores malformed dates from a hand-edited URL", () => {
    expect(dayToUnix("2024-02-30")).toBeNull();
    expect(dayToUnix("yesterday")).toBeNull();
    expect(buildContactSearch({ ...EMPTY_FILTERS, createdFrom: "2024-13-01" }, page)).toBeNull();
  });
});
