import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { AUTH_URL } from "./support/auth-env";
import { forgeSessionCookie, SESSION_COOKIE, tamper } from "./support/auth-session";
import { CANARY_TOKEN } from "./support/env";
import { fakeStats, resetFake } from "./support/fake";

/**
 * Test plan B11: without a valid session nothing is served, whichever way the request is dressed up,
 * including the variants behind published Next.js middleware bypasses (.rsc and _rsc URLs, RSC and
 * prefetch headers, a forged x-middleware-subrequest header).
 */

const CREDENTIALS: Record<string, () => Promise<string | null>> = {
  "no cookie": async () => null,
  "an expired cookie": async () => forgeSessionCookie({ email: "ana@example.com", expiresIn: -60 }),
  "a tampered cookie": async () => tamper(await forgeSessionCookie({ email: "ana@example.com", expiresIn: 3600 })),
  "a cookie sealed with another secret": async () => forgeSessionCookie({ email: "ana@example.com", expiresIn: 3600, secret: "not-the-servers-secret-but-long-enough-1234" }),
  "a valid seal for an email off the allow-list": async () => forgeSessionCookie({ email: "eve@elsewhere.io", expiresIn: 3600 }),
};

const DRESSINGS: { name: string; suffix?: string; query?: string; headers?: Record<string, string>; prefetch?: boolean }[] = [
  { name: "plain" },
  { name: ".rsc suffix", suffix: ".rsc" },
  { name: "_rsc query", query: "_rsc=1x2y3" },
  { name: "RSC: 1", headers: { RSC: "1" } },
  { name: "RSC prefetch", headers: { RSC: "1", "Next-Router-Prefetch": "1" }, prefetch: true },
  { name: "RSC segment prefetch", headers: { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/__PAGE__" }, prefetch: true },
  { name: "x-middleware-subrequest (proxy)", headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" } },
  { name: "x-middleware-subrequest (middleware)", headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" } },
  {
    name: "everything at once",
    query: "_rsc=abc",
    headers: { RSC: "1", "Next-Router-Prefetch": "1", "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware" },
    prefetch: true,
  },
];

function url(path: string, d: (typeof DRESSINGS)[number]): string {
  const [p, q] = path.split("?");
  const base = d.suffix ? (p === "/" ? "/index" : p) + d.suffix : p;
  const query = [q, d.query].filter(Boolean).join("&");
  return `${base}${query ? `?${query}` : ""}`;
}

/**
 * Next answers an RSC request without its `_rsc` cache-buster with a redirect to the same URL plus
 * `_rsc` (a framework rule, no data). Follow that one hop so the test judges the real answer.
 */
async function get(api: APIRequestContext, path: string, headers?: Record<string, string>): Promise<APIResponse> {
  const res = await api.get(path, { headers, maxRedirects: 0 });
  const location = res.headers()["location"];
  if (res.status() === 307 && location && new URL(location, AUTH_URL).searchParams.has("_rsc") && new URL(location, AUTH_URL).pathname === new URL(path, AUTH_URL).pathname) {
    return api.get(location, { headers, maxRedirects: 0 });
  }
  return res;
}

async function expectNoData(res: APIResponse): Promise<void> {
  const body = await res.text();
  expect(body).not.toContain(CANARY_TOKEN);
  expect(body).not.toContain("admin.list");
  expect(body).not.toContain("Aoife Byrne");
}

test.beforeEach(async ({ request }) => resetFake(request));

for (const [credential, make] of Object.entries(CREDENTIALS)) {
  test(`pages refuse ${credential}, in every request shape`, async ({ playwright }) => {
    const cookie = await make();
    const api = await playwright.request.newContext({ baseURL: AUTH_URL, extraHTTPHeaders: cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {} });
    for (const path of ["/", "/contacts?segment=vip", "/conversations/123"]) {
      for (const d of DRESSINGS) {
        const res = await get(api, url(path, d), d.headers);
        const where = `${credential} · ${d.name} · ${url(path, d)}`;
        // A redirect to sign-in: either an HTTP redirect, or (for RSC payloads) Next's redirect instruction.
        const location = res.headers()["location"] ?? "";
        const body = await res.text();
        const redirected = (res.status() >= 300 && res.status() < 400 && location.includes("/login")) || (res.status() < 500 && /NEXT_REDIRECT[^"]*\/login/.test(body));
        const notFound = res.status() === 404;
        // A prefetch of a dynamic page is answered with the bare route tree, rendered by nothing: no
        // signed-in layout ("Read-only", "Sign out") and no page content.
        const treeOnly = Boolean(d.prefetch) && res.status() === 200 && (res.headers()["content-type"] ?? "").includes("text/x-component") && !/Read-only|Sign out|workspace-name/.test(body);
        expect(redirected || notFound || treeOnly, `${where}: got ${res.status()} ${location}`).toBe(true);
        await expectNoData(res);
      }
    }
    await api.dispose();
  });

  test(`/api/intercom/* refuses ${credential} with the 401 envelope and no upstream call`, async ({ playwright, request }) => {
    const cookie = await make();
    const api = await playwright.request.newContext({ baseURL: AUTH_URL, extraHTTPHeaders: cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {} });
    for (const path of ["/api/intercom/admins", "/api/intercom/me", "/api/intercom/contacts/5f1a2b3c4d5e6f7a8b9c0d1e"]) {
      for (const d of DRESSINGS) {
        const res = await get(api, url(path, d), d.headers);
        expect(res.status(), `${credential} · ${d.name} · ${url(path, d)}`).toBe(401);
        const body = await res.json();
        expect(body).toMatchObject({ type: "error.list", errors: [{ code: "unauthorized" }] });
        await expectNoData(res);
      }
    }
    const search = await api.post("/api/intercom/contacts/search", { data: { query: { field: "role", operator: "=", value: "user" } }, headers: { origin: AUTH_URL } });
    expect(search.status()).toBe(401);
    expect((await fakeStats(request)).calls).toBe(0);
    await api.dispose();
  });
}

test("the health check stays public and says nothing sensitive", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(JSON.parse(text)).toEqual({ status: "ok", mode: "live", store: "ok" });
  expect(text).not.toContain(CANARY_TOKEN);
});

test("control: with a valid session the same requests do render the signed-in page", async ({ playwright }) => {
  const cookie = await forgeSessionCookie({ email: "ana@example.com", expiresIn: 3600 });
  const api = await playwright.request.newContext({ baseURL: AUTH_URL, extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${cookie}` } });
  const page = await api.get("/", { maxRedirects: 0 });
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain("Read-only");
  const rsc = await get(api, "/?_rsc=1x2y3", { RSC: "1" });
  expect(rsc.status()).toBe(200);
  expect(await rsc.text()).toContain("Read-only");
  expect((await api.get("/api/intercom/teams")).status()).toBe(200);
  await api.dispose();
});
