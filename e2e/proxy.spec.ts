import { expect, test } from "@playwright/test";
import { fakeStats, resetFake } from "./support/fake";

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
