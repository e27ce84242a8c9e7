import { expect, test } from "@playwright/test";
import { AUTH_URL } from "./support/auth-env";
import { SESSION_COOKIE, signInThroughProvider } from "./support/auth-session";

test("an allowed teammate signs in with the identity provider, sees the workspace, and signs out", async ({ page, context }) => {
  await signInThroughProvider(page, "ana", "/?from=bookmark");
  // Back on the page they asked for, with live data from the workspace.
  await expect(page).toHaveURL(`${AUTH_URL}/?from=bookmark`);
  await expect(page.getByTestId("workspace-name")).toBeVisible();
  await expect(page.getByRole("banner").getByTestId("signed-in-as")).toHaveText("Ana Souza");

  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie).toBeDefined();
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe("Lax");
  expect(cookie!.path).toBe("/");
  // An expiry about 8 hours out, not a browser-session cookie.
  expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(7.5 * 3600_000);
  expect(cookie!.expires * 1000 - Date.now()).toBeLessThan(8.5 * 3600_000);
  // Nothing the page can read holds the session.
  expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);

  const me = await page.request.get("/api/intercom/me");
  expect(me.status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signed_out=1/);
  await expect(page.getByText("You are signed out.")).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  expect((await page.request.get("/api/intercom/me")).status()).toBe(401);
});

test("a verified email outside the allow-list is refused, and no session cookie is set", async ({ page, context }) => {
  await signInThroughProvider(page, "eve");
  await expect(page).toHaveURL(/\/login\?error=not_allowed/);
  await expect(page.getByTestId("login-error")).toContainText("not on Lens's list of people allowed in");
  expect((await context.cookies(AUTH_URL)).map((c) => c.name)).not.toContain(SESSION_COOKIE);
  expect((await page.request.get("/api/intercom/me")).status()).toBe(401);
});

test("an allowed domain with an unverified email is refused, and no session cookie is set", async ({ page, context }) => {
  await signInThroughProvider(page, "unverified");
  await expect(page).toHaveURL(/\/login\?error=email_unverified/);
  await expect(page.getByTestId("login-error")).toContainText("not verified");
  expect((await context.cookies(AUTH_URL)).map((c) => c.name)).not.toContain(SESSION_COOKIE);
});

test("a callback with a forged state, or a replayed one, signs nobody in", async ({ page, context }) => {
  // Forged: a callback this browser never started.
  await page.goto("/api/auth/callback/oidc?code=stolen&state=guess");
  await expect(page).toHaveURL(/\/login\?error=/);
  expect((await context.cookies(AUTH_URL)).map((c) => c.name)).not.toContain(SESSION_COOKIE);

  // Replayed: capture a real callback, sign out, then send it again.
  let callback: string | undefined;
  page.on("request", (r) => {
    if (r.url().includes("/api/auth/callback/oidc?")) callback = r.url();
  });
  await signInThroughProvider(page, "ana");
  await expect(page.getByRole("banner").getByTestId("signed-in-as")).toBeVisible();
  expect(callback).toBeDefined();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/signed_out=1/);
  await page.goto(callback!);
  await expect(page).toHaveURL(/\/login\?error=/);
  expect((await context.cookies(AUTH_URL)).map((c) => c.name)).not.toContain(SESSION_COOKIE);
});
