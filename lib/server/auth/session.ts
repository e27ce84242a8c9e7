import "server-only";
import { sealData, unsealData } from "iron-session";

/**
 * The signed-in session: sealed (encrypted and MAC'd) with LENS_SESSION_SECRET into one cookie.
 * It carries who signed in, until when, and when it was last used; nothing from the identity
 * provider (no tokens) is kept. Sign-out ends it on the server too (./revocation.ts).
 */

export interface Session {
  /** Random id: keys the rate limiter and ties access-log lines together. */
  sid: string;
  email: string;
  name: string | null;
  provider: "oidc" | "intercom";
  /** Epoch seconds. */
  issuedAt: number;
  expiresAt: number;
  /** Last use, epoch seconds: a session idle longer than the idle timeout ends. Rewritten at most once a minute. */
  seenAt: number;
}

export interface CookieSettings {
  sessionSecret: string;
  secureCookies: boolean;
}

export interface SessionSettings extends CookieSettings {
  sessionIdleSeconds: number;
}

/** How stale `seenAt` may get before a request rewrites the cookie: a minute's precision is plenty for an idle timeout. */
export const SEEN_REFRESH_SECONDS = 60;

/** `__Host-` pins the cookie to this host and path /, and requires Secure: only possible over https. */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-lens_session" : "lens_session";
}

export function loginCookieName(secure: boolean): string {
  return secure ? "__Host-lens_login" : "lens_login";
}

export async function sealSession(session: Session, settings: CookieSettings): Promise<string> {
  return sealData(session, { password: settings.sessionSecret, ttl: Math.max(60, session.expiresAt - session.issuedAt) });
}

/** The session in a cookie value, or null when it is missing, tampered with, sealed with another secret, expired or idle too long. */
export async function openSession(value: string | undefined, settings: SessionSettings, now = Date.now()): Promise<Session | null> {
  if (!value || value.length > 4096) return null;
  let data: Partial<Session>;
  try {
    data = await unsealData<Partial<Session>>(value, { password: settings.sessionSecret, ttl: 0 });
  } catch {
    return null;
  }
  if (typeof data.sid !== "string" || typeof data.email !== "string" || typeof data.expiresAt !== "number" || typeof data.issuedAt !== "number") return null;
  if (data.provider !== "oidc" && data.provider !== "intercom") return null;
  if (data.expiresAt * 1000 <= now || data.issuedAt * 1000 > now + 60_000) return null;
  const seenAt = typeof data.seenAt === "number" ? data.seenAt : data.issuedAt;
  if ((seenAt + settings.sessionIdleSeconds) * 1000 <= now || seenAt * 1000 > now + 60_000) return null;
  return { sid: data.sid, email: data.email, name: typeof data.name === "string" ? data.name : null, provider: data.provider, issuedAt: data.issuedAt, expiresAt: data.expiresAt, seenAt };
}

/** The same session marked as used now, when its mark is over a minute old; null when it needs no rewrite. */
export function markSeen(session: Session, now = Date.now()): Session | null {
  const nowSeconds = Math.floor(now / 1000);
  return nowSeconds - session.seenAt >= SEEN_REFRESH_SECONDS ? { ...session, seenAt: nowSeconds } : null;
}

/** The sign-in attempt in flight: PKCE verifier, state and nonce, kept for 10 minutes in their own cookie. */
export interface LoginAttempt {
  provider: "oidc" | "intercom";
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  expiresAt: number;
}

export const LOGIN_ATTEMPT_SECONDS = 600;

export async function sealLoginAttempt(attempt: LoginAttempt, settings: CookieSettings): Promise<string> {
  return sealData(attempt, { password: settings.sessionSecret, ttl: LOGIN_ATTEMPT_SECONDS });
}

export async function openLoginAttempt(value: string | undefined, settings: CookieSettings, now = Date.now()): Promise<LoginAttempt | null> {
  if (!value || value.length > 4096) return null;
  let data: Partial<LoginAttempt>;
  try {
    data = await unsealData<Partial<LoginAttempt>>(value, { password: settings.sessionSecret, ttl: 0 });
  } catch {
    return null;
  }
  if (data.provider !== "oidc" && data.provider !== "intercom") return null;
  if (typeof data.state !== "string" || typeof data.nonce !== "string" || typeof data.codeVerifier !== "string" || typeof data.returnTo !== "string") return null;
  if (typeof data.expiresAt !== "number" || data.expiresAt * 1000 <= now) return null;
  return { provider: data.provider, state: data.state, nonce: data.nonce, codeVerifier: data.codeVerifier, returnTo: safeReturnTo(data.returnTo), expiresAt: data.expiresAt };
}

/** Only a same-site path: never `//host`, `/\host` or an absolute URL, so sign-in cannot bounce people elsewhere. */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || /[\u0000-\u001f\\]/.test(value)) return "/";
  if (value.startsWith("/login") || value.startsWith("/api/")) return "/";
  return value.length > 2048 ? "/" : value;
}

export interface CookieOptions {
  httpOnly: true;
  secure: boolean;
  sameSite: "lax";
  path: "/";
  maxAge: number;
}

export function cookieOptions(secure: boolean, maxAgeSeconds: number): CookieOptions {
  return { httpOnly: true, secure, sameSite: "lax", path: "/", maxAge: maxAgeSeconds };
}

/** Serialises a Set-Cookie header value (route handlers build their own responses). */
export function setCookieHeader(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${value}`, `Path=${options.path}`, `Max-Age=${options.maxAge}`, "HttpOnly", "SameSite=Lax"];
  if (options.maxAge > 0) parts.push(`Expires=${new Date(Date.now() + options.maxAge * 1000).toUTCString()}`);
  else parts.push("Expires=Thu, 01 Jan 1970 00:00:00 GMT");
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}

export function clearCookieHeader(name: string, secure: boolean): string {
  return setCookieHeader(name, "", cookieOptions(secure, 0));
}

/** One cookie's value out of a Cookie request header. */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
