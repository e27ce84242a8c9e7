import { expect, test } from "@playwright/test";
import { fakeStats, resetFake, setFault } from "./support/fake";

test.beforeEach(async ({ request }) => resetFake(request));

test("an unknown proxy path answers Intercom's 404 envelope without calling upstream", async ({ request }) => {
  const res = await request.get("/api/intercom/not-an-endpoint");
  expect(res.status()).toBe(404);
  const body = await res.json();
  expect(body.type).toBe("error.list");
  expect(body.errors[0].code).toBe("not_found");
  expect(typeof body.request_id).toBe("string");
  expect(res.headers()["cache-control"]).toBe("no-store");
  expect((await fakeStats(request)).calls).toBe(0);
});

test("the live proxy mirrors Intercom's body and rate-limit headers", async ({ request }) => {
  const res = await request.get("/api/intercom/teams");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.type).toBe("team.list");
  expect(body.teams.length).toBe(6);
  expect(res.headers()["x-ratelimit-limit"]).toBeDefined();
  expect(res.headers()["set-cookie"]).toBeUndefined();
});

test.describe("upstream faults over HTTP", () => {
  test.afterEach(async ({ request }) => setFault(request, null));

  test("a persistent 500 costs three upstream calls and answers 502 upstream_unavailable", async ({ request }) => {
    await setFault(request, { kind: "server_error" });
    const res = await request.get("/api/intercom/admins/7001");
    expect(res.status()).toBe(502);
    expect((await res.json()).errors[0].code).toBe("upstream_unavailable");
    expect((await fakeStats(request)).calls).toBe(3);
  });

  test("a rate limit further away than Lens waits comes back as Intercom's 429 at once; until its reset, calls get 503 with Retry-After and never reach Intercom", async ({ request }) => {
    // Lens waits out a reset up to 10 s away; this one is 12 s away (a real storm's is a minute).
    await setFault(request, { kind: "rate_limit", resetInSeconds: 12 });
    const started = Date.now();
    const res = await request.get("/api/intercom/admins/7002");
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(res.status()).toBe(429);
    expect((await res.json()).errors[0].code).toBe("rate_limit_exceeded");
    expect(res.headers()["x-ratelimit-remaining"]).toBe("0");

    const paused = await request.get("/api/intercom/admins/7004");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(paused.status()).toBe(503);
    expect(Number(paused.headers()["retry-after"])).toBeGreaterThanOrEqual(5);
    const body = await paused.json();
    expect(body).toMatchObject({ type: "error.list", errors: [{ code: "upstream_busy" }] });
    expect(body.errors[0].message).toMatch(/rate limit/);
    expect((await fakeStats(request)).calls).toBe(1);

    // After the reset Lens calls Intercom again (7004 is not a teammate: Intercom's own 404).
    await setFault(request, null);
    await expect.poll(async () => (await request.get("/api/intercom/admins/7004")).status(), { timeout: 20_000, intervals: [1_000] }).toBe(404);
    expect(Date.now() - started).toBeGreaterThan(10_000);
    expect((await fakeStats(request)).calls).toBe(2);
  });

  test("a revoked token is 502 upstream_unauthorized, asking the operator to check it, with no retry", async ({ request }) => {
    await setFault(request, { kind: "unauthorized" });
    const res = await request.get("/api/intercom/admins/7003");
    expect(res.status()).toBe(502);
    const body = await res.json();
    expect(body.errors[0].code).toBe("upstream_unauthorized");
    expect(body.errors[0].message).toContain("INTERCOM_ACCESS_TOKEN");
    expect((await fakeStats(request)).calls).toBe(1);
  });
});

test("a repeat view within the cache TTL makes no upstream call", async ({ request }) => {
  await request.get("/api/intercom/teams/8000101");
  const before = (await fakeStats(request)).calls;
  const again = await request.get("/api/intercom/teams/8000101");
  expect(again.status()).toBe(200);
  expect((await fakeStats(request)).calls).toBe(before);
  // Whether it was a hit is not said: it would tell one user what another viewed recently.
  expect(again.headers()["x-lens-cache"]).toBeUndefined();
});
