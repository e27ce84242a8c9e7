import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchCall, type MatchedCall } from "./match";
import { ENDPOINTS, type EndpointSpec } from "./registry";

const CONTACT = "64f1c0000000000000000001";

// security.md B1–B7: each must be refused before anything is built for the upstream.
const PATH_ATTACKS: readonly (readonly [string, readonly number[]])[] = [
  ["/admins%2F..%2Fme", [400]],
  ["/admins/..%2Fme", [400]],
  ["/..%2F..%2Fme", [400]],
  ["/admins/../me", [400]],
  ["/admins/%2e%2e/me", [400]],
  ["/admins/%2E%2E", [400]],
  ["/%2F%2F127.0.0.1:4666%2Fx", [400]],
  ["/https:%2F%2F127.0.0.1:4666", [400]],
  ["/@127.0.0.1:4666", [400]],
  ["/admins%5C..%5Cme", [400]],
  ["/admins\\..\\me", [400]],
  ["/admins%252F..%252Fme", [400]],
  ["/admins%00", [400]],
  ["/%00", [400]],
  ["/admins%EF%BC%8Fme", [400]],
  ["/admins/%EF%BC%8F", [400]],
  ["/admins%C0%AFme", [400]],
  ["/admins%3Fper_page%3D1", [400]],
  ["/admins%23x", [400]],
  ["/admins/1%3F", [400]],
  [`/${"a".repeat(10_000)}`, [414]],
  [`/${Array.from({ length: 200 }, () => "admins").join("/")}`, [400, 404]],
  ["/conversations/abc", [400]],
  ["/conversations/-1", [400]],
  ["/conversations/1.5", [400]],
  [`/contacts/${"a".repeat(65)}`, [400]],
  [`/contacts/${CONTACT}/../../me`, [400]],
  ["/admins/", [400]],
  ["//admins", [400]],
  ["/", [404]],
];

const QUERY_ATTACKS: readonly (readonly [string, string, string])[] = [
  ["/contacts", "?__proto__=1", "__proto__"],
  ["/contacts", "?constructor=1", "constructor"],
  ["/contacts", "?__proto__[x]=1", "__proto__[x]"],
  ["/contacts", "?foo=1", "foo"],
  ["/contacts", "?per_page=1&per_page=2", "per_page"],
  ["/contacts", "?per_page=100000", "per_page"],
  ["/contacts", "?per_page=-1", "per_page"],
  ["/contacts", "?per_page=1e3", "per_page"],
  ["/contacts", "?per_page=0x10", "per_page"],
  ["/contacts", "?per_page=", "per_page"],
  ["/contacts", "?starting_after=a%00b", "starting_after"],
  ["/contacts", "?starting_after=%2F..%2Fme%3Fx", "starting_after"],
  ["/admins/activity_logs", "?created_at_after=1e9", "created_at_after"],
  ["/conversations/1", "?display_as=html", "display_as"],
];

describe("matchCall: what is allowed", () => {
  it("accepts an allow-listed path and rebuilds it from the template", () => {
    const m = matchCall("GET", `/contacts/${CONTACT}/tags`, "");
    expect(m).toMatchObject({ ok: true, id: "contacts.tags", upstreamPath: `/contacts/${CONTACT}/tags` });
  });

  it("re-encodes the query from validated values only", () => {
    expect(matchCall("GET", "/conversations", "?per_page=010&starting_after=WzE3MDAwMDAwMDAsIjEyMyJd")).toMatchObject({
      ok: true,
      upstreamPath: "/conversations?per_page=10&starting_after=WzE3MDAwMDAwMDAsIjEyMyJd",
    });
    expect(matchCall("GET", "/companies", "?name=Acme%20%26%20Co&page=2")).toMatchObject({ ok: true, upstreamPath: "/companies?name=Acme+%26+Co&page=2" });
  });

  it("prefers a literal route over an id route of the same shape", () => {
    expect(matchCall("GET", "/admins/activity_logs", "?created_at_after=1")).toMatchObject({ ok: true, id: "admins.activity_logs" });
    expect(matchCall("GET", "/companies/scroll", "")).toMatchObject({ ok: true, id: "companies.scroll" });
    expect(matchCall("POST", "/contacts/search", "")).toMatchObject({ ok: true, id: "contacts.search" });
  });
});

describe("matchCall: what is refused", () => {
  it.each(PATH_ATTACKS)("refuses the path %s", (path, statuses) => {
    const m = matchCall("GET", path, "");
    expect(m.ok).toBe(false);
    if (!m.ok) expect(statuses).toContain(m.status);
  });

  it("refuses a 10,000-character path and 200 segments fast (B5: under 5 ms)", () => {
    for (const path of [`/${"a".repeat(10_000)}`, `/${Array.from({ length: 200 }, () => "admins").join("/")}`]) {
      const times = Array.from({ length: 51 }, () => {
        const started = performance.now();
        matchCall("GET", path, "");
        return performance.now() - started;
      }).sort((a, b) => a - b);
      // The median, so a busy machine's hiccup does not fail the check.
      expect(times[25]).toBeLessThan(5);
    }
  });

  it.each(QUERY_ATTACKS)("refuses %s%s and names %s", (path, search, field) => {
    expect(matchCall("GET", path, search)).toMatchObject({ ok: false, status: 400, field, where: "query" });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("answers 404 for unknown paths and 405 with Allow for other methods", () => {
    expect(matchCall("GET", "/nope", "")).toMatchObject({ ok: false, status: 404 });
    expect(matchCall("GET", "/admins/1/secrets", "")).toMatchObject({ ok: false, status: 404 });
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) expect(matchCall(method, "/admins", "")).toMatchObject({ ok: false, status: 405, allow: ["GET"] });
    expect(matchCall("GET", "/contacts/search", "")).toMatchObject({ ok: false, status: 405, allow: ["POST"] });
    expect(matchCall("GET", "/conversations/search", "")).toMatchObject({ ok: false, status: 405, allow: ["POST"] });
  });

  it("says a write or a newer version's endpoint is not a 2.9 read, rather than blaming an id", () => {
    for (const [method, path] of [
      ["POST", "/companies/list"],
      ["POST", "/tickets/search"],
      ["DELETE", "/contacts/5f1a2b3c4d5e6f7a8b9c0d1e/companies/5f1a2b3c4d5e6f7a8b9c0d1f"],
      ["GET", "/contacts/find_by_external_id/abc"],
      ["GET", "/ai/content_import_sources"],
    ] as const) {
      const result = matchCall(method, path, "");
      expect(result, `${method} ${path}`).toMatchObject({ ok: false, status: 404, code: "not_found" });
      expect(!result.ok && result.message).toContain(`${method} ${path} is not an Intercom 2.9 read`);
    }
    // A GET of a real path with a malformed id still names the id.
    expect(matchCall("GET", "/conversations/abc", "")).toMatchObject({ ok: false, status: 400, field: "id", message: "The id in the path is not a valid Intercom id." });
  });

  it("accepts the query parameters Intercom accepts: page and per_page on the help-center list, page on contacts", () => {
    expect(matchCall("GET", "/help_center/help_centers", "?page=2&per_page=5")).toMatchObject({ ok: true, upstreamPath: "/help_center/help_centers?page=2&per_page=5" });
    expect(matchCall("GET", "/contacts", "?page=1&per_page=150")).toMatchObject({ ok: true });
    expect(matchCall("GET", "/help_center/help_centers", "?starting_after=x")).toMatchObject({ ok: false, status: 400, field: "starting_after" });
  });
});

// B14: whatever comes in, a call that is let through goes to a registry template filled with valid values.
const TEMPLATES = (Object.values(ENDPOINTS) as EndpointSpec[]).map((spec) => spec.path);
const pieces = [
  ...new Set(TEMPLATES.flatMap((p) => p.split("/")).filter((s) => s && !s.startsWith("{"))),
  "1",
  "42",
  CONTACT,
  "..",
  ".",
  "",
  "%2F",
  "%2f",
  "%5C",
  "%2e%2e",
  "%252F",
  "%00",
  "%EF%BC%8F",
  "%C0%AF",
  "%3F",
  "%23",
  "@evil",
  "evil.example:4666",
  "\\",
  "ｆ",
];
const segment = fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12, unit: "binary" }), fc.stringMatching(/^(%[0-9A-Fa-f]{2}|[a-z.])*$/));
const junkPath = fc.array(segment, { minLength: 0, maxLength: 6 }).map((s) => `/${s.join("/")}`);
// Template-shaped paths whose placeholders hold a valid id or anything at all.
const templatePath = fc
  .tuple(fc.constantFrom(...TEMPLATES), fc.array(fc.oneof(fc.constantFrom("7", "1234567", CONTACT, "orzzsbd7hk67xyu"), segment), { minLength: 3, maxLength: 3 }))
  .map(([template, values]) => template.replace(/\{\w+\}/g, () => values.shift() ?? "1"));
const rawPath = fc.oneof(junkPath, templatePath);
const queryKeys = ["per_page", "page", "starting_after", "created_at_after", "type", "email", "user_id", "display_as", "__proto__", "constructor", "x"];
const rawQuery = fc.oneof(
  fc.constant(""),
  fc.string({ maxLength: 40, unit: "binary" }).map((s) => `?${s}`),
  fc
    .array(fc.tuple(fc.constantFrom(...queryKeys), fc.oneof(fc.constantFrom("1", "150", "151", "-1", "1e3", "user", "plaintext", "a@b.co", "%00", "%2F"), fc.string({ maxLength: 10 }))), {
      maxLength: 4,
    })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}`),
);

function assertFromTemplate(m: MatchedCall): void {
  const origin = "https://api.intercom.io";
  const url = new URL(m.upstreamPath, origin);
  expect(url.origin).toBe(origin);
  const spec: EndpointSpec = ENDPOINTS[m.id];
  const filled = spec.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = m.params[name]!;
    expect(spec.params![name]!.test(value)).toBe(true);
    return value;
  });
  expect(url.pathname).toBe(filled);
  expect(m.upstreamPath.split("?")[0]).toBe(filled);
  for (const [key, value] of url.searchParams) {
    expect(Object.hasOwn(spec.query ?? {}, key)).toBe(true);
    expect(m.query[key]).toBe(value);
  }
}

describe("matchCall: property (B14)", () => {
  it("either refuses or builds a registry template with valid values", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom("GET", "POST", "DELETE"), rawPath, rawQuery, (method, path, query) => {
        for (const candidate of [path, safePathname(path)]) {
          if (candidate === null) continue;
          const m = matchCall(method, candidate, query);
          if (m.ok) {
            accepted++;
            assertFromTemplate(m);
          } else expect([400, 404, 405, 414]).toContain(m.status);
        }
      }),
      { numRuns: 3000 },
    );
    // The generators must reach real endpoints too, or the property proves nothing.
    expect(accepted).toBeGreaterThan(30);
  });
});

/** The pathname a server would hand over after URL parsing (it may resolve dots or encode). */
function safePathname(path: string): string | null {
  try {
    return new URL(`http://lens.test${path}`).pathname;
  } catch {
    return null;
  }
}
