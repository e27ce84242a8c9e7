import { describe, expect, it } from "vitest";
import { openLoginAttempt, openSession, readCookie, safeReturnTo, sealLoginAttempt, sealSession, setCookieHeader, cookieOptions, type Session } from "./session";

const settings = { sessionSecret: "s".repeat(16) + "e".repeat(16) + "cret", secureCookies: true, sessionIdleSeconds: 3600 };
const now = Math.floor(Date.now() / 1000);
const session: Session = { sid: "7d1f0c1e-2a8b-4f63-9a55-0d9c7c8c1b11", email: "ana@example.com", name: "Ana", provider: "oidc", issuedAt: now, expiresAt: now + 3600, seenAt: now };

describe("session cookie", () => {
  it("opens what it sealed", async () => {
    expect(await openSession(await sealSession(session, settings), settings)).toEqual(session);
  });

  it("refuses a tampered seal", async () => {
    const sealed = await sealSession(session, settings);
    const i = Math.floor(sealed.length / 2);
    const tampered = sealed.slice(0, i) + (sealed[i] === "A" ? "B" : "A") + sealed.slice(i + 1);
    expect(await openSession(tampered, settings)).toBeNull();
    expect(await openSession("garbage", settings)).toBeNull();
    expect(await openSession("", settings)).toBeNull();
  });

  it("refuses a seal made with another secret", async () => {
    const sealed = await sealSession(session, { ...settings, sessionSecret: "another-secret-that-is-long-enough-123" });
    expect(await openSession(sealed, settings)).toBeNull();
  });

  it("refuses an expired session, even when the seal itself is valid", async () => {
    const expired = { ...session, issuedAt: now - 7200, expiresAt: now - 1 };
    expect(await openSession(await sealSession(expired, settings), settings)).toBeNull();
    expect(await openSession(await sealSession(session, settings), settings, (session.expiresAt + 1) * 1000)).toBeNull();
  });

  it("refuses a sealed object that is not a session", async () => {
    const { sealData } = await import("iron-session");
    expect(await openSession(await sealData({ email: "ana@example.com" }, { password: settings.sessionSecret }), settings)).toBeNull();
  });

  it("keeps the login attempt and its return path", async () => {
    const attempt = { provider: "oidc" as const, state: "st", nonce: "no", codeVerifier: "cv", returnTo: "/contacts?q=1", expiresAt: now + 600 };
    expect(await openLoginAttempt(await sealLoginAttempt(attempt, settings), settings)).toEqual(attempt);
    expect(await openLoginAttempt(await sealLoginAttempt({ ...attempt, expiresAt: now - 1 }, settings), settings)).toBeNull();
  });
});

describe("safeReturnTo", () => {
  it.each([
    ["/conversations/12", "/conversations/12"],
    ["/contacts?segment=a", "/contacts?segment=a"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/login?next=/x", "/"],
    ["/api/intercom/admins", "/"],
    [null, "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeReturnTo(input)).toBe(expected);
  });
});

describe("cookies", () => {
  it("serialises an HttpOnly, SameSite=Lax cookie with an expiry, Secure when asked", () => {
    const header = setCookieHeader("__Host-lens_session", "v", cookieOptions(true, 3600));
    expect(header).toMatch(/^__Host-lens_session=v; Path=\/; Max-Age=3600; HttpOnly; SameSite=Lax; Expires=.+ GMT; Secure$/);
    expect(setCookieHeader("lens_session", "v", cookieOptions(false, 60))).not.toContain("Secure");
  });

  it("reads one cookie out of a header", () => {
    expect(readCookie("a=1; lens_session=abc*def; b=2", "lens_session")).toBe("abc*def");
    expect(readCookie("xlens_session=1", "lens_session")).toBeUndefined();
    expect(readCookie(null, "lens_session")).toBeUndefined();
  });
});
