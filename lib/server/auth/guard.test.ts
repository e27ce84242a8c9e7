import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const cookieJar = new Map<string, string>();
const headerJar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name) } : undefined) }),
  headers: async () => ({ get: (name: string) => headerJar.get(name) ?? null }),
}));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`REDIRECT ${to}`);
  },
}));

const { requireApiViewer, requirePageViewer } = await import("./guard");
const { sealSession } = await import("./session");

const SECRET = "test-secret-".padEnd(40, "x");
const signinEnv = {
  INTERCOM_ACCESS_TOKEN: "tok",
  LENS_AUTH: "",
  LENS_PUBLIC_URL: "http://127.0.0.1:3000",
  LENS_SESSION_SECRET: SECRET,
  LENS_OIDC_ISSUER: "http://127.0.0.1:4000",
  LENS_OIDC_CLIENT_ID: "lens",
  LENS_ALLOWED_DOMAINS: "example.com",
  LENS_RATE_LIMIT_PER_SECOND: "10",
  LENS_RATE_LIMIT_BURST: "20",
};

function useEnv(env: Record<string, string>) {
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
}

async function cookieFor(email: string, opts: { expiresIn?: number; sid?: string } = {}) {
  const now = Math.floor(Date.now() / 1000);
  return sealSession(
    { sid: opts.sid ?? crypto.randomUUID(), email, name: null, provider: "oidc", issuedAt: now - 10, expiresAt: now + (opts.expiresIn ?? 3600), seenAt: now - 10 },
    { sessionSecret: SECRET, secureCookies: false },
  );
}

function apiRequest(path: string, init: RequestInit & { cookie?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("cookie", `lens_session=${init.cookie}`);
  headers.set("host", "127.0.0.1:3000");
  return new Request(`http://127.0.0.1:3000${path}`, { ...init, headers });
}

async function errorCode(res: Response) {
  const body = await res.json();
  return { status: res.status, code: body.errors[0].code, type: body.type };
}

beforeEach(() => {
  cookieJar.clear();
  headerJar.clear();
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("requireApiViewer", () => {
  it("is open in demo mode and with LENS_AUTH=none", async () => {
    useEnv({ INTERCOM_ACCESS_TOKEN: "" });
    expect(await requireApiViewer(apiRequest("/api/intercom/admins"))).toMatchObject({ email: null, via: "demo", caller: expect.stringMatching(/^addr:/) });
    useEnv({ INTERCOM_ACCESS_TOKEN: "tok", LENS_AUTH: "none", LENS_PUBLIC_URL: "http://127.0.0.1:3000" });
    expect(await requireApiViewer(apiRequest("/api/intercom/admins"))).toMatchObject({ email: null, via: "open", caller: expect.stringMatching(/^addr:/) });
  });

  it("answers 421 to a request for another host (DNS rebinding), X-Forwarded-Host counting only behind a trusted proxy", async () => {
    useEnv({ INTERCOM_ACCESS_TOKEN: "tok", LENS_AUTH: "none", LENS_PUBLIC_URL: "http://127.0.0.1:3000", LENS_TRUST_PROXY: "" });
    const rebound = apiRequest("/api/intercom/admins");
    rebound.headers.set("host", "attacker.example:3000");
    expect(await errorCode((await requireApiViewer(rebound)) as Response)).toMatchObject({ status: 421, code: "misdirected_request" });
    const forwarded = apiRequest("/api/intercom/admins", { headers: { "x-forwarded-host": "attacker.example" } });
    expect(await requireApiViewer(forwarded)).toMatchObject({ via: "open" });
    useEnv({ LENS_PUBLIC_URL: "https://lens.example.com", LENS_TRUST_PROXY: "true" });
    const behindProxy = apiRequest("/api/intercom/admins", { headers: { "x-forwarded-host": "lens.example.com:443" } });
    expect(await requireApiViewer(behindProxy)).toMatchObject({ via: "open" });
    const rewritten = apiRequest("/api/intercom/admins", { headers: { "x-forwarded-host": "attacker.example" } });
    expect(((await requireApiViewer(rewritten)) as Response).status).toBe(421);
  });

  it("lets costly GETs start only from Lens's own pages", async () => {
    useEnv({ INTERCOM_ACCESS_TOKEN: "" });
    for (const site of [undefined, "cross-site", "same-site", "none"]) {
      const res = await requireApiViewer(apiRequest("/api/companies/export", { headers: site ? { "sec-fetch-site": site } : {} }), { sameOriginOnly: true });
      expect(await errorCode(res as Response), String(site)).toMatchObject({ status: 403, code: "action_forbidden" });
    }
    expect(await requireApiViewer(apiRequest("/api/companies/export", { headers: { "sec-fetch-site": "same-origin" } }), { sameOriginOnly: true })).toMatchObject({ via: "demo" });
  });

  it("serves nothing in live mode when sign-in is not configured", async () => {
    useEnv({
      INTERCOM_ACCESS_TOKEN: "tok",
      LENS_AUTH: "",
      LENS_PUBLIC_URL: "",
      LENS_SESSION_SECRET: "",
      LENS_OIDC_ISSUER: "",
      LENS_OIDC_CLIENT_ID: "",
      LENS_INTERCOM_CLIENT_ID: "",
      LENS_INTERCOM_CLIENT_SECRET: "",
    });
    const res = await requireApiViewer(apiRequest("/api/intercom/admins"));
    expect(res).toBeInstanceOf(Response);
    expect(await errorCode(res as Response)).toEqual({ status: 503, code: "auth_not_configured", type: "error.list" });
  });

  it("answers 401 without a session, with a tampered one, and with an expired one", async () => {
    useEnv(signinEnv);
    const good = await cookieFor("ana@example.com");
    const tampered = good.slice(0, -4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");
    for (const cookie of [undefined, tampered, await cookieFor("ana@example.com", { expiresIn: -5 })]) {
      const res = await requireApiViewer(apiRequest("/api/intercom/contacts/abc", { cookie }));
      expect(res).toBeInstanceOf(Response);
      expect(await errorCode(res as Response)).toMatchObject({ status: 401, code: "unauthorized" });
    }
  });

  it("refuses a signed-out session: a copy of its cookie gets 401 too", async () => {
    useEnv(signinEnv);
    vi.spyOn(console, "info").mockImplementation(() => {});
    const cookie = await cookieFor("ana@example.com");
    expect(await requireApiViewer(apiRequest("/api/intercom/admins", { cookie }))).toMatchObject({ via: "session" });
    const { signOut } = await import("./sign-in");
    const out = await signOut(apiRequest("/api/auth/logout", { method: "POST", cookie }));
    expect(out.headers.get("location")).toBe("/login?signed_out=1");
    const replay = await requireApiViewer(apiRequest("/api/intercom/admins", { cookie }));
    expect(await errorCode(replay as Response)).toMatchObject({ status: 401, code: "unauthorized" });
  });

  it("ends a session left idle longer than LENS_SESSION_IDLE_MINUTES", async () => {
    useEnv({ ...signinEnv, LENS_SESSION_IDLE_MINUTES: "30" });
    vi.spyOn(console, "info").mockImplementation(() => {});
    const now = Math.floor(Date.now() / 1000);
    const seal = (seenAgo: number) =>
      sealSession(
        { sid: crypto.randomUUID(), email: "ana@example.com", name: null, provider: "oidc", issuedAt: now - 7200, expiresAt: now + 3600, seenAt: now - seenAgo },
        { sessionSecret: SECRET, secureCookies: false },
      );
    expect(await requireApiViewer(apiRequest("/api/intercom/admins", { cookie: await seal(29 * 60) }))).toMatchObject({ via: "session" });
    expect(((await requireApiViewer(apiRequest("/api/intercom/admins", { cookie: await seal(31 * 60) }))) as Response).status).toBe(401);
  });

  it("refuses a session whose email has since left the allow-list", async () => {
    useEnv(signinEnv);
    const res = await requireApiViewer(apiRequest("/api/intercom/admins", { cookie: await cookieFor("eve@gone.io") }));
    expect((res as Response).status).toBe(401);
  });

  it("lets a valid session in and logs one access line with who, endpoint and id, never the query", async () => {
    useEnv(signinEnv);
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const viewer = await requireApiViewer(apiRequest("/api/intercom/contacts/5f1a2b3c4d5e6f7a8b9c0d1e?secret=ana@x.io", { cookie: await cookieFor("ana@example.com") }));
    expect(viewer).toEqual({ email: "ana@example.com", name: null, via: "session", caller: expect.stringMatching(/^session:/) });
    expect(info).toHaveBeenCalledTimes(1);
    const line = JSON.parse(String(info.mock.calls[0]![0]));
    expect(line).toMatchObject({ msg: "data access", user: "ana@example.com", method: "GET", endpoint: "intercom:contacts.get", id: "5f1a2b3c4d5e6f7a8b9c0d1e" });
    expect(Date.parse(line.at)).not.toBeNaN();
    expect(JSON.stringify(line)).not.toContain("ana@x.io");
    info.mockRestore();
  });

  it("refuses a cross-site POST even with a valid session", async () => {
    useEnv(signinEnv);
    vi.spyOn(console, "info").mockImplementation(() => {});
    const cookie = await cookieFor("ana@example.com");
    const cross = await requireApiViewer(apiRequest("/api/intercom/contacts/search", { method: "POST", cookie, headers: { origin: "http://127.0.0.1:4666" } }));
    expect(await errorCode(cross as Response)).toMatchObject({ status: 403, code: "action_forbidden" });
    const marked = await requireApiViewer(apiRequest("/api/intercom/contacts/search", { method: "POST", cookie, headers: { "sec-fetch-site": "cross-site" } }));
    expect((marked as Response).status).toBe(403);
    const same = await requireApiViewer(apiRequest("/api/intercom/contacts/search", { method: "POST", cookie, headers: { origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" } }));
    expect(same).toMatchObject({ via: "session" });
  });

  it("limits one session to its burst, then answers 429 in Intercom's envelope", async () => {
    useEnv(signinEnv);
    vi.spyOn(console, "info").mockImplementation(() => {});
    const cookie = await cookieFor("ana@example.com", { sid: "burst-session" });
    const results = await Promise.all(Array.from({ length: 30 }, () => requireApiViewer(apiRequest("/api/intercom/admins", { cookie }))));
    const limited = results.filter((r): r is Response => r instanceof Response);
    expect(limited.length).toBeGreaterThanOrEqual(9);
    expect(limited.length).toBeLessThanOrEqual(10);
    expect(await errorCode(limited[0]!)).toMatchObject({ status: 429, code: "rate_limit_exceeded" });
    expect(Number(limited[0]!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const other = await requireApiViewer(apiRequest("/api/intercom/admins", { cookie: await cookieFor("li@example.com") }));
    expect(other).toMatchObject({ via: "session" });
  });
});

describe("requirePageViewer", () => {
  it("sends people without a valid session to /login, remembering the page", async () => {
    useEnv(signinEnv);
    headerJar.set("x-lens-path", "/conversations/42?tab=parts");
    await expect(requirePageViewer()).rejects.toThrow("REDIRECT /login?next=%2Fconversations%2F42%3Ftab%3Dparts");
    cookieJar.set("lens_session", "tampered");
    await expect(requirePageViewer()).rejects.toThrow(/REDIRECT \/login/);
  });

  it("returns the viewer for a valid session", async () => {
    useEnv(signinEnv);
    cookieJar.set("lens_session", await cookieFor("ana@example.com"));
    expect(await requirePageViewer()).toMatchObject({ email: "ana@example.com", via: "session" });
  });

  it("sends everyone to the setup page when sign-in is not configured", async () => {
    useEnv({ ...signinEnv, LENS_SESSION_SECRET: "" });
    await expect(requirePageViewer()).rejects.toThrow("REDIRECT /setup");
  });
});
