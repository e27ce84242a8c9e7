import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sealLoginAttempt } from "./session";
import { finishSignIn, startSignIn } from "./sign-in";

const SECRET = "sign-in-secret-".padEnd(40, "z");
let closedPort: number;
let probe: Server;

beforeAll(async () => {
  // A port that was just free: nothing answers there, as when the identity provider is down.
  probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});
afterAll(() => vi.unstubAllEnvs());
afterEach(() => vi.restoreAllMocks());

function useUnreachableIssuer() {
  const env = {
    INTERCOM_ACCESS_TOKEN: "tok",
    INTERCOM_API_BASE_URL: "",
    LENS_AUTH: "",
    LENS_PUBLIC_URL: "http://127.0.0.1:3000",
    LENS_SESSION_SECRET: SECRET,
    LENS_OIDC_ISSUER: `http://127.0.0.1:${closedPort}`,
    LENS_OIDC_CLIENT_ID: "lens",
    LENS_ALLOWED_DOMAINS: "example.com",
    LENS_INTERCOM_CLIENT_ID: "",
    LENS_INTERCOM_CLIENT_SECRET: "",
  };
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.spyOn(console, "warn").mockImplementation(() => {});
}

describe("OIDC discovery failure", () => {
  it("sends someone starting a sign-in to the sign-in page's clear error, not a 500", async () => {
    useUnreachableIssuer();
    const res = await startSignIn(new Request("http://127.0.0.1:3000/api/auth/login/oidc"), "oidc");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/login?error=provider_unreachable");
  });

  it("does the same when the provider goes away between the start and the callback", async () => {
    useUnreachableIssuer();
    const attempt = await sealLoginAttempt(
      { provider: "oidc", state: "st", nonce: "no", codeVerifier: "cv", returnTo: "/", expiresAt: Math.floor(Date.now() / 1000) + 600 },
      { sessionSecret: SECRET, secureCookies: false },
    );
    const res = await finishSignIn(new Request("http://127.0.0.1:3000/api/auth/callback/oidc?code=c&state=st", { headers: { cookie: `lens_login=${attempt}` } }), "oidc");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/login?error=provider_unreachable");
  });
});
