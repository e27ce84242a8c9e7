import "server-only";
import { authSettings, intercomSettings } from "../env";
import type { Identity, SignInRefusal } from "./identity";
import { finishIntercom, intercomAuthorizeUrl } from "./intercom-oauth";
import { finishOidc, startOidc } from "./oidc";
import { revocationList } from "./revocation";
import {
  clearCookieHeader,
  cookieOptions,
  LOGIN_ATTEMPT_SECONDS,
  loginCookieName,
  openLoginAttempt,
  openSession,
  readCookie,
  safeReturnTo,
  sealLoginAttempt,
  sealSession,
  sessionCookieName,
  setCookieHeader,
} from "./session";

/** The three sign-in steps behind /api/auth/*: start, callback, sign-out. Each answers with a redirect. */

type SignInSettings = Extract<ReturnType<typeof authSettings>, { kind: "signin" }>;
export type Provider = "oidc" | "intercom";

export function isProvider(value: string): value is Provider {
  return value === "oidc" || value === "intercom";
}

function redirectTo(location: string, cookies: string[] = []): Response {
  const headers = new Headers({ location, "cache-control": "no-store" });
  for (const c of cookies) headers.append("set-cookie", c);
  return new Response(null, { status: 303, headers });
}

function callbackUrl(settings: SignInSettings, provider: Provider): string {
  return new URL(`/api/auth/callback/${provider}`, settings.publicUrl).href;
}

function homeUrl(settings: SignInSettings, path: string): string {
  return new URL(path, settings.publicUrl).href;
}

/** Where a request goes when sign-in is not what this Lens does (demo, LENS_AUTH=none, or unconfigured). */
function notSigningIn(): Response | null {
  const settings = authSettings();
  if (intercomSettings().mode === "demo" || settings.kind === "none") return redirectTo("/");
  if (settings.kind === "unconfigured") return redirectTo("/setup");
  return null;
}

export async function startSignIn(request: Request, provider: Provider): Promise<Response> {
  const early = notSigningIn();
  if (early) return early;
  const settings = authSettings() as SignInSettings;
  const returnTo = safeReturnTo(new URL(request.url).searchParams.get("next"));
  let location: URL;
  let state: string;
  let nonce = "";
  let codeVerifier = "";
  if (provider === "oidc" && settings.oidc) {
    try {
      const start = await startOidc(settings.oidc, callbackUrl(settings, "oidc"));
      ({ url: location, state, nonce, codeVerifier } = start);
    } catch (e) {
      console.error(JSON.stringify({ level: "error", msg: "oidc discovery failed", issuer: settings.oidc.issuer.origin, error: (e as Error)?.name }));
      return redirectTo(`/login?error=provider_unreachable`);
    }
  } else if (provider === "intercom" && settings.intercom) {
    state = crypto.randomUUID().replaceAll("-", "") + crypto.randomUUID().replaceAll("-", "");
    location = intercomAuthorizeUrl(settings.intercom, state, callbackUrl(settings, "intercom"));
  } else {
    return redirectTo("/login");
  }
  const attempt = await sealLoginAttempt({ provider, state, nonce, codeVerifier, returnTo, expiresAt: Math.floor(Date.now() / 1000) + LOGIN_ATTEMPT_SECONDS }, settings);
  return redirectTo(location.href, [setCookieHeader(loginCookieName(settings.secureCookies), attempt, cookieOptions(settings.secureCookies, LOGIN_ATTEMPT_SECONDS))]);
}

export async function finishSignIn(request: Request, provider: Provider): Promise<Response> {
  const early = notSigningIn();
  if (early) return early;
  const settings = authSettings() as SignInSettings;
  const url = new URL(request.url);
  const clearAttempt = clearCookieHeader(loginCookieName(settings.secureCookies), settings.secureCookies);
  const refuse = (reason: SignInRefusal, email?: string | null) => {
    console.warn(JSON.stringify({ level: "warn", msg: "sign-in refused", at: new Date().toISOString(), provider, reason, email: email ?? null }));
    return redirectTo(`/login?error=${reason}`, [clearAttempt]);
  };

  // The attempt cookie is single-use: it is cleared on every outcome, so a replayed callback finds nothing.
  const attempt = await openLoginAttempt(readCookie(request.headers.get("cookie"), loginCookieName(settings.secureCookies)), settings);
  if (!attempt) return refuse("expired_attempt");
  const state = url.searchParams.get("state");
  if (attempt.provider !== provider || !state || state !== attempt.state) return refuse("state_mismatch");
  if (url.searchParams.has("error")) return refuse("provider_error");
  const code = url.searchParams.get("code");
  if (!code) return refuse("provider_error");

  let identity: Identity;
  if (provider === "oidc" && settings.oidc) {
    // Rebuild the callback URL on the public origin: behind a reverse proxy request.url is the inner one.
    const publicCallback = new URL(callbackUrl(settings, "oidc"));
    publicCallback.search = url.search;
    identity = await finishOidc(settings.oidc, publicCallback, attempt, settings);
  } else if (provider === "intercom" && settings.intercom) {
    identity = await finishIntercom(settings.intercom, intercomSettings().baseUrl, code, settings);
  } else {
    return refuse("provider_error");
  }
  if (!identity.ok) return refuse(identity.reason, identity.email);

  const now = Math.floor(Date.now() / 1000);
  const session = { sid: crypto.randomUUID(), email: identity.email, name: identity.name, provider, issuedAt: now, expiresAt: now + settings.sessionTtlSeconds, seenAt: now };
  const sealed = await sealSession(session, settings);
  console.info(JSON.stringify({ level: "info", msg: "signed in", at: new Date().toISOString(), provider, user: identity.email, session: session.sid.slice(0, 8) }));
  return redirectTo(homeUrl(settings, attempt.returnTo), [
    clearAttempt,
    setCookieHeader(sessionCookieName(settings.secureCookies), sealed, cookieOptions(settings.secureCookies, settings.sessionTtlSeconds)),
  ]);
}

/** Ends the session on the server as well, so a copy of the cookie stops working too. */
export async function signOut(request: Request): Promise<Response> {
  const settings = authSettings();
  if (settings.kind !== "signin") return redirectTo("/");
  const session = await openSession(readCookie(request.headers.get("cookie"), sessionCookieName(settings.secureCookies)), settings);
  if (session) {
    await revocationList().revoke(session.sid, session.expiresAt);
    console.info(JSON.stringify({ level: "info", msg: "signed out", at: new Date().toISOString(), user: session.email, session: session.sid.slice(0, 8) }));
  }
  return redirectTo("/login?signed_out=1", [
    clearCookieHeader(sessionCookieName(settings.secureCookies), settings.secureCookies),
    clearCookieHeader(loginCookieName(settings.secureCookies), settings.secureCookies),
  ]);
}
