import { expect, test } from "@playwright/test";
import { sealData } from "iron-session";
import { AUTH_SESSION_SECRET, AUTH_URL } from "./support/auth-env";
import { SESSION_COOKIE, signInThroughProvider } from "./support/auth-session";
import { fakeStats, resetFake } from "./support/fake";
import { rawGet } from "./support/raw";

/** Sessions end on the server, and Lens answers only for its own address. */

test("after sign-out, a saved copy of the session cookie gets 401 and no upstream call", async ({ page, context, playwright, request }) => {
  await signInThroughProvider(page, "ana");
  await expect(page.getByRole("banner").getByTestId("signed-in-as")).toBeVisible();
  const saved = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!.value;
  const replayer = await playwright.request.newContext({ baseURL: AUTH_URL, extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${saved}` } });
  expect((await replayer.get("/api/intercom/me")).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signed_out=1/);
  await resetFake(request);
  const replay = await replayer.get("/api/intercom/me");
  expect(replay.status()).toBe(401);
  expect(await replay.json()).toMatchObject({ type: "error.list", errors: [{ code: "unauthorized" }] });
  const pageReplay = await replayer.get("/", { maxRedirects: 0 });
  const body = await pageReplay.text();
  // A redirect to sign-in, as a status or (once streaming began) as Next's redirect marker; never the workspace.
  expect((pageReplay.status() === 307 && pageReplay.headers().location?.includes("/login")) || /NEXT_REDIRECT[^"]*\/login/.test(body)).toBe(true);
  expect(body).not.toContain("workspace-name");
  expect((await fakeStats(request)).calls).toBe(0);
  await replayer.dispose();
});

test("a session idle for over an hour ends; one in use has its idle clock moved on", async ({ playwright }) => {
  const now = Math.floor(Date.now() / 1000);
  const cookie = (seenAgo: number) =>
    sealData(
      { sid: crypto.randomUUID(), email: "ana@example.com", name: null, provider: "oidc", issuedAt: now - 7200, expiresAt: now + 3600, seenAt: now - seenAgo },
      { password: AUTH_SESSION_SECRET, ttl: 3 * 3600 },
    );
  const as = async (value: string) => playwright.request.newContext({ baseURL: AUTH_URL, extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${value}` } });
  const idle = await as(await cookie(61 * 60));
  expect((await idle.get("/api/intercom/me")).status()).toBe(401);
  const active = await as(await cookie(5 * 60));
  const res = await active.get("/api/intercom/me");
  expect(res.status()).toBe(200);
  const setCookie = res.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith(`${SESSION_COOKIE}=`));
  expect(setCookie?.value).toMatch(/Max-Age=(359\d|3600); HttpOnly; SameSite=Lax/);
  await Promise.all([idle.dispose(), active.dispose()]);
});

test("a request for another host gets 421 (DNS rebinding), the health probe still answers", async ({ request }) => {
  const rebound = await rawGet("/api/intercom/me", { host: "attacker.example" }, AUTH_URL);
  expect(rebound.status).toBe(421);
  expect(JSON.parse(rebound.body)).toMatchObject({ type: "error.list", errors: [{ code: "misdirected_request" }] });
  const page = await rawGet("/", { host: "attacker.example:80" }, AUTH_URL);
  expect(page.status).toBe(421);
  // Without LENS_TRUST_PROXY a client's X-Forwarded-Host counts for nothing, either way.
  const forged = await rawGet("/login", { "x-forwarded-host": "attacker.example" }, AUTH_URL);
  expect(forged.status).toBe(200);
  expect((await rawGet("/api/health", { host: "10.0.0.7:8080" }, AUTH_URL)).status).toBe(200);
  expect((await fakeStats(request)).calls).toBe(0);
});

test("costly GETs start only from Lens's own pages, not from a link on another site", async ({ page, request }) => {
  await signInThroughProvider(page, "ana");
  await expect(page.getByRole("banner").getByTestId("signed-in-as")).toBeVisible();
  await resetFake(request);
  for (const path of ["/api/companies/export", "/api/insights/articles", "/api/lookup/company-names?ids=5f1a2b3c4d5e6f7a8b9c0d1e"]) {
    const res = await page.request.get(path, { headers: { "sec-fetch-site": "cross-site" } });
    expect(res.status(), path).toBe(403);
    expect(await res.json()).toMatchObject({ errors: [{ code: "action_forbidden" }] });
  }
  expect((await fakeStats(request)).calls).toBe(0);
  const same = await page.evaluate(async () => (await fetch("/api/lookup/company-names?ids=5f1a2b3c4d5e6f7a8b9c0d1e")).status);
  expect(same).toBe(200);
});
