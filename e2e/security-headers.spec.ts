import { expect, test } from "@playwright/test";
import { CANARY_TOKEN } from "./support/env";
import { fakeStats, resetFake, setFault } from "./support/fake";

test.beforeEach(async ({ request }) => resetFake(request));
test.afterEach(async ({ request }) => setFault(request, null));

test("B10: the browser's Authorization, Cookie, Intercom-Version and forwarding headers never reach Intercom", async ({ request }) => {
  const res = await request.get("/api/intercom/teams/31337", {
    headers: {
      authorization: "Bearer attacker",
      cookie: "lens_session=x",
      "intercom-version": "1.0",
      "x-forwarded-host": "127.0.0.1:4666",
      "x-forwarded-for": "10.0.0.1",
      "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware",
      origin: "http://127.0.0.1:4666",
      referer: "http://127.0.0.1:4666/x",
    },
  });
  // The fake answered (its 404 for an unknown team), so the call went out, with Lens's own headers only.
  expect(res.status()).toBe(404);
  expect((await res.json()).errors[0].code).toBe("team_not_found");
  const sent = (await fakeStats(request)).lastHeaders!;
  expect(sent.authorization).toBe(`Bearer ${CANARY_TOKEN}`);
  expect(sent["intercom-version"]).toBe("2.9");
  expect(sent.accept).toBe("application/json");
  for (const name of ["cookie", "x-forwarded-host", "x-forwarded-for", "x-middleware-subrequest", "origin", "referer"]) expect(sent[name], name).toBeUndefined();
});

test("A16: upstream Set-Cookie, Server, X-Powered-By and CORS headers are not passed on; X-RateLimit-* are", async ({ request }) => {
  await setFault(request, { kind: "leaky_headers" });
  const res = await request.get("/api/intercom/teams/4242");
  expect((await fakeStats(request)).calls).toBe(1);
  const headers = res.headers();
  for (const name of ["set-cookie", "server", "x-powered-by", "access-control-allow-origin"]) expect(headers[name], name).toBeUndefined();
  expect(headers["x-ratelimit-limit"]).toMatch(/^\d+$/);
  expect(headers["x-ratelimit-remaining"]).toMatch(/^\d+$/);
  expect(headers["cache-control"]).toBe("no-store");
});
