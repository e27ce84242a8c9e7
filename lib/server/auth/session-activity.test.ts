import { afterEach, describe, expect, it, vi } from "vitest";
import { revocationList } from "./revocation";
import { openSession, readCookie, sealSession, type Session } from "./session";
import { seenSessionCookie } from "./session-activity";

const SECRET = "activity-secret-".padEnd(40, "y");
const env = {
  INTERCOM_ACCESS_TOKEN: "tok",
  LENS_AUTH: "",
  LENS_PUBLIC_URL: "http://127.0.0.1:3000",
  LENS_SESSION_SECRET: SECRET,
  LENS_OIDC_ISSUER: "http://127.0.0.1:4000",
  LENS_OIDC_CLIENT_ID: "lens",
  LENS_ALLOWED_DOMAINS: "example.com",
  LENS_SESSION_IDLE_MINUTES: "60",
  INTERCOM_API_BASE_URL: "",
};

afterEach(() => vi.unstubAllEnvs());

const now = Math.floor(Date.now() / 1000);
const session = (seenAgo: number): Session => ({
  sid: crypto.randomUUID(),
  email: "ana@example.com",
  name: null,
  provider: "oidc",
  issuedAt: now - 7200,
  expiresAt: now + 3600,
  seenAt: now - seenAgo,
});
const header = async (s: Session) => `lens_session=${await sealSession(s, { sessionSecret: SECRET, secureCookies: false })}`;

describe("the idle clock", () => {
  it("rewrites the cookie of a session in use, keeping its absolute expiry", async () => {
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
    const setCookie = await seenSessionCookie(await header(session(300)));
    expect(setCookie).toMatch(/^lens_session=.*; Path=\/; Max-Age=(3599|3600); HttpOnly; SameSite=Lax/);
    const reopened = await openSession(readCookie(setCookie!.split(";")[0]!, "lens_session"), { sessionSecret: SECRET, secureCookies: false, sessionIdleSeconds: 3600 });
    expect(reopened?.seenAt).toBeGreaterThanOrEqual(now);
    expect(reopened?.expiresAt).toBe(now + 3600);
  });

  it("leaves a cookie alone when it was marked within the last minute, is idle too long, or was signed out", async () => {
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
    expect(await seenSessionCookie(await header(session(10)))).toBeNull();
    expect(await seenSessionCookie(await header(session(61 * 60)))).toBeNull();
    const out = session(300);
    await revocationList().revoke(out.sid, out.expiresAt);
    expect(await seenSessionCookie(await header(out))).toBeNull();
  });
});
