import { expect, type Page } from "@playwright/test";
import { sealData } from "iron-session";
import { AUTH_ACCOUNTS, AUTH_SESSION_SECRET, OIDC_URL } from "./auth-env";

/** Signs in through the local OpenID provider's login and consent pages, as a person would. */
export async function signInThroughProvider(page: Page, account: keyof typeof AUTH_ACCOUNTS, startAt = "/"): Promise<void> {
  await page.goto(startAt);
  await expect(page).toHaveURL(/\/login/);
  await page.getByRole("link", { name: "Sign in with Test IdP" }).click();
  await expect(page).toHaveURL(new RegExp(`^${OIDC_URL}/interaction/`));
  await page.locator('input[name="login"]').fill(account);
  await page.locator('input[name="password"]').fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  // The provider asks for consent the first time a client is used in this browser session.
  const consent = page.getByRole("button", { name: "Continue" });
  if (await consent.isVisible({ timeout: 3_000 }).catch(() => false)) await consent.click();
}

/** A session cookie sealed with the test server's secret, as Lens would make it: for expired and forged variants. */
export async function forgeSessionCookie(fields: { email: string; expiresIn: number; secret?: string }): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return sealData(
    { sid: crypto.randomUUID(), email: fields.email, name: null, provider: "oidc", issuedAt: now - 60, expiresAt: now + fields.expiresIn },
    { password: fields.secret ?? AUTH_SESSION_SECRET, ttl: 3600 },
  );
}

/** The same cookie with a few characters of its sealed body flipped. */
export function tamper(cookie: string): string {
  const i = Math.floor(cookie.length * 0.6);
  const c = cookie[i] === "a" ? "b" : "a";
  return cookie.slice(0, i) + c + cookie.slice(i + 1);
}

export const SESSION_COOKIE = "lens_session";
