import { describe, expect, it } from "vitest";
import { SEARCH_OPERATORS, validateSearchBody } from "./search-body";

const filter = (field = "email", operator = "=", value: unknown = "a@b.co") => ({ field, operator, value });

function nested(depth: number): unknown {
  let q: unknown = filter();
  for (let i = 0; i < depth; i++) q = { operator: i % 2 ? "AND" : "OR", value: [q] };
  return q;
}

describe("validateSearchBody", () => {
  it("accepts Intercom's documented example and every operator", () => {
    const example = { query: { operator: "AND", value: [{ field: "created_at", operator: ">", value: "1306054154" }] }, pagination: { per_page: 5 } };
    expect(validateSearchBody(example)).toEqual({ ok: true, body: example });
    for (const op of SEARCH_OPERATORS) {
      const value = op === "IN" || op === "NIN" ? ["a", "b"] : "a";
      expect(validateSearchBody({ query: filter("name", op, value) }).ok, op).toBe(true);
    }
  });

  it("allows two levels of AND/OR nesting and no more", () => {
    expect(validateSearchBody({ query: nested(2) }).ok).toBe(true);
    expect(validateSearchBody({ query: nested(3) })).toMatchObject({ ok: false, field: "query" });
    expect(validateSearchBody({ query: nested(50) })).toMatchObject({ ok: false, field: "query" });
  });

  it("refuses unknown operators, keys, empty groups and oversize groups", () => {
    expect(validateSearchBody({ query: filter("email", "LIKE") })).toMatchObject({ ok: false, message: 'Unknown operator "LIKE".' });
    expect(validateSearchBody({ query: filter("email", "IN", "not-a-list") }).ok).toBe(false);
    expect(validateSearchBody({ query: { ...filter(), extra: 1 } }).ok).toBe(false);
    expect(validateSearchBody({ query: { operator: "AND", value: [] } }).ok).toBe(false);
    expect(validateSearchBody({ query: { operator: "OR", value: Array.from({ length: 16 }, () => filter()) } }).ok).toBe(false);
    expect(validateSearchBody({ query: filter("a b") }).ok).toBe(false);
    expect(validateSearchBody({ query: filter(), sort: { field: "x" } })).toMatchObject({ ok: false, field: "sort" });
    expect(validateSearchBody({})).toMatchObject({ ok: false, field: "query" });
    expect(validateSearchBody([filter()]).ok).toBe(false);
    expect(validateSearchBody("query").ok).toBe(false);
  });

  it("bounds pagination", () => {
    expect(validateSearchBody({ query: filter(), pagination: { per_page: 150, starting_after: "WzE3MDAsIjEiXQ==" } }).ok).toBe(true);
    expect(validateSearchBody({ query: filter(), pagination: { per_page: 151 } })).toMatchObject({ ok: false, field: "pagination.per_page" });
    expect(validateSearchBody({ query: filter(), pagination: { per_page: 1.5 } }).ok).toBe(false);
    expect(validateSearchBody({ query: filter(), pagination: { starting_after: "<script>" } })).toMatchObject({ ok: false, field: "pagination.starting_after" });
  });

  it("refuses prototype keys without polluting Object.prototype", () => {
    for (const text of ['{"__proto__":{"x":1}}', '{"query":{"field":"email","operator":"=","value":"a","__proto__":{"x":1}}}', '{"constructor":{"prototype":{"x":1}}}']) {
      expect(validateSearchBody(JSON.parse(text)).ok, text).toBe(false);
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("rebuilds the body from known keys, so the upstream sees nothing unexpected", () => {
    const result = validateSearchBody({ query: filter("email", "~", "acme"), pagination: { per_page: 20, starting_after: null } });
    expect(result).toEqual({ ok: true, body: { query: filter("email", "~", "acme"), pagination: { per_page: 20 } } });
  });
});
