import { expect, test } from "@playwright/test";
import { fakeStats, resetFake } from "./support/fake";
import { rawGet } from "./support/raw";

/**
 * security.md B1–B7 over real HTTP, paths sent as written (curl --path-as-is): each is refused with
 * Intercom's envelope and the fake Intercom receives nothing.
 */

test.beforeEach(async ({ request }) => resetFake(request));

const REFUSED: readonly (readonly [string, number])[] = [
  ["admins%2F..%2Fme", 400],
  ["admins/..%2Fme", 400],
  ["..%2F..%2Fme", 400],
  ["%2F%2F127.0.0.1:4666%2Fx", 400],
  ["https:%2F%2F127.0.0.1:4666", 400],
  ["@127.0.0.1:4666", 400],
  ["admins%5C..%5Cme", 400],
  ["admins%252F..%252Fme", 400],
  ["%00", 400],
  ["admins%00", 400],
  ["admins%EF%BC%8Fme", 400],
  ["admins%3Fper_page%3D1", 400],
  ["admins%23x", 400],
  ["admins%2f", 400],
  ["conversations/abc", 400],
  [`contacts/${"a".repeat(65)}`, 400],
  [`${"a".repeat(10_000)}`, 414],
  [Array.from({ length: 200 }, () => "teams").join("/"), 404],
  ["not-an-endpoint", 404],
  ["admins?per_page=1&per_page=2", 400],
  ["conversations?per_page=100000", 400],
  ["conversations?per_page=-1", 400],
  ["conversations?per_page=1e3", 400],
  ["conversations?constructor=1", 400],
  ["admins/activity_logs", 400],
  ["visitors", 400],
];

for (const [path, status] of REFUSED) {
  test(`GET /api/intercom/${path.slice(0, 60)} → ${status}, nothing sent upstream`, async ({ request }) => {
    const started = Date.now();
    const res = await rawGet(`/api/intercom/${path}`);
    expect(res.status).toBe(status);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.headers["cache-control"]).toBe("no-store");
    const body = JSON.parse(res.body);
    expect(body).toMatchObject({ type: "error.list", request_id: expect.any(String), errors: [{ code: expect.any(String), message: expect.any(String) }] });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect((await fakeStats(request)).calls).toBe(0);
  });
}

test("invalid UTF-8 in the path is refused without an upstream call", async ({ request }) => {
  // Next decodes catch-all params before the handler runs and answers a bad encoding itself.
  const res = await rawGet("/api/intercom/admins%C0%AFme");
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.body).not.toMatch(/at .*\.js:\d+/);
  expect((await fakeStats(request)).calls).toBe(0);
});

test("dot segments in any encoding get 400 before Next resolves them, and nothing goes upstream", async ({ request }) => {
  for (const path of [
    "/api/intercom/admins/%2e%2e/teams",
    "/api/intercom/admins/../teams",
    "/api/intercom/admins/.%2E/teams",
    "/api/intercom/%2e%2e/%2e%2e/admins",
    "/api/intercom/%252e%252e/admins",
    "/api/intercom/./admins",
    "/x/%2e%2e/api/intercom/teams",
  ]) {
    const res = await rawGet(path);
    expect(res.status, path).toBe(400);
    expect(JSON.parse(res.body), path).toMatchObject({ type: "error.list", errors: [{ code: "parameter_invalid" }] });
  }
  expect((await fakeStats(request)).calls).toBe(0);
});

test("a __proto__ query key never reaches Intercom", async ({ request }) => {
  const res = await rawGet("/api/intercom/teams/5150?__proto__=1&constructor=2");
  // Either Lens refuses it, or Next's query parser dropped the key before Lens saw it.
  if (res.status !== 400) expect((await fakeStats(request)).lastPath).toBe("/teams/5150");
  else expect((await fakeStats(request)).calls).toBe(0);
});

test("B8: writes get 405 with Allow, and GET on a search 405 with Allow: POST", async ({ request }) => {
  for (const method of ["POST", "PUT", "PATCH", "DELETE"] as const) {
    const res = await request.fetch("/api/intercom/admins", { method, data: method === "DELETE" ? undefined : {} });
    expect(res.status(), method).toBe(405);
    expect(res.headers().allow).toBe("GET");
    expect((await res.json()).errors[0].code).toBe("method_not_allowed");
  }
  const search = await request.get("/api/intercom/conversations/search");
  expect(search.status()).toBe(405);
  expect(search.headers().allow).toBe("POST");
  expect((await fakeStats(request)).calls).toBe(0);
});

test("B9: a bad search body is 400 without an upstream call", async ({ request }) => {
  for (const data of ["not json", JSON.stringify({ query: { field: "email", operator: "LIKE", value: "a" } }), '{"__proto__":{"x":1}}', "x".repeat(70 * 1024)]) {
    const res = await request.post("/api/intercom/contacts/search", { data, headers: { "content-type": "application/json" } });
    expect(res.status()).toBe(400);
    expect((await res.json()).type).toBe("error.list");
  }
  expect((await fakeStats(request)).calls).toBe(0);
});
