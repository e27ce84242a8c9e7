import { afterEach, describe, expect, it, vi } from "vitest";
import { authSettings } from "../env";

const complete = {
  LENS_AUTH: "",
  LENS_PUBLIC_URL: "https://lens.example.com",
  LENS_SESSION_SECRET: "x".repeat(40),
  LENS_OIDC_ISSUER: "https://accounts.google.com",
  LENS_OIDC_CLIENT_ID: "cid",
  LENS_OIDC_CLIENT_SECRET: "secret",
  LENS_ALLOWED_DOMAINS: "example.com",
  LENS_ALLOWED_EMAILS: "",
  LENS_INTERCOM_CLIENT_ID: "",
  LENS_INTERCOM_CLIENT_SECRET: "",
  LENS_INTERCOM_WORKSPACE_ID: "",
  INTERCOM_API_BASE_URL: "",
  LENS_SESSION_HOURS: "",
  LENS_SESSION_IDLE_MINUTES: "",
};

function withEnv(env: Record<string, string>) {
  for (const [k, v] of Object.entries({ ...complete, ...env })) vi.stubEnv(k, v);
}

afterEach(() => vi.unstubAllEnvs());

describe("sign-in settings", () => {
  it("LENS_AUTH=none turns sign-in off whatever else is set, but only for one public address", () => {
    withEnv({ LENS_AUTH: "none", LENS_SESSION_SECRET: "", LENS_PUBLIC_URL: "https://lens.internal.example.com" });
    expect(authSettings()).toEqual({ kind: "none", publicUrl: new URL("https://lens.internal.example.com") });
    withEnv({ LENS_AUTH: "none", LENS_PUBLIC_URL: "" });
    expect(authSettings()).toMatchObject({ kind: "unconfigured", problems: [expect.stringContaining("LENS_PUBLIC_URL")] });
  });

  it("refuses an INTERCOM_API_BASE_URL that would carry the token in clear, except on this machine", () => {
    withEnv({ INTERCOM_API_BASE_URL: "http://intercom-proxy.corp.example.com" });
    expect(authSettings()).toMatchObject({ kind: "unconfigured", problems: [expect.stringContaining("INTERCOM_API_BASE_URL must use https://")] });
    withEnv({ LENS_AUTH: "none", INTERCOM_API_BASE_URL: "http://intercom-proxy.corp.example.com" });
    expect(authSettings()).toMatchObject({ kind: "unconfigured", problems: [expect.stringContaining("INTERCOM_API_BASE_URL")] });
    for (const ok of ["https://intercom-proxy.corp.example.com", "http://127.0.0.1:4010", "http://localhost:4010"]) {
      withEnv({ INTERCOM_API_BASE_URL: ok });
      expect(authSettings().kind).toBe("signin");
    }
  });

  it("caps a sign-in at 24 hours and ends it after 60 idle minutes by default", () => {
    withEnv({ LENS_SESSION_HOURS: "720", LENS_SESSION_IDLE_MINUTES: "" });
    expect(authSettings()).toMatchObject({ kind: "signin", sessionTtlSeconds: 24 * 3600, sessionIdleSeconds: 3600 });
    withEnv({ LENS_SESSION_IDLE_MINUTES: "15" });
    expect(authSettings()).toMatchObject({ sessionIdleSeconds: 15 * 60 });
  });

  it("a complete OIDC setup signs in with Secure cookies over https", () => {
    withEnv({});
    const s = authSettings();
    expect(s.kind).toBe("signin");
    if (s.kind !== "signin") return;
    expect(s.secureCookies).toBe(true);
    expect(s.oidc?.issuer.href).toBe("https://accounts.google.com/");
    expect(s.allowedDomains).toEqual(["example.com"]);
    expect(s.sessionTtlSeconds).toBe(8 * 3600);
  });

  it("plain http is accepted for localhost only, and then cookies are not Secure", () => {
    withEnv({ LENS_PUBLIC_URL: "http://127.0.0.1:3000" });
    const s = authSettings();
    expect(s.kind === "signin" && s.secureCookies).toBe(false);
    withEnv({ LENS_PUBLIC_URL: "http://lens.example.com" });
    expect(authSettings()).toMatchObject({ kind: "unconfigured", problems: [expect.stringContaining("LENS_PUBLIC_URL must use https://")] });
  });

  it("nothing configured names every variable to set, and the LENS_AUTH=none way out", () => {
    withEnv({ LENS_PUBLIC_URL: "", LENS_SESSION_SECRET: "", LENS_OIDC_ISSUER: "", LENS_OIDC_CLIENT_ID: "", LENS_OIDC_CLIENT_SECRET: "", LENS_ALLOWED_DOMAINS: "" });
    const s = authSettings();
    expect(s.kind).toBe("unconfigured");
    const text = s.kind === "unconfigured" ? s.problems.join("\n") : "";
    for (const name of ["LENS_PUBLIC_URL", "LENS_SESSION_SECRET", "LENS_OIDC_ISSUER", "LENS_OIDC_CLIENT_ID", "LENS_INTERCOM_WORKSPACE_ID", "LENS_AUTH=none"]) expect(text).toContain(name);
  });

  it("OIDC without an allow-list is refused: it would let any account in", () => {
    withEnv({ LENS_ALLOWED_DOMAINS: "" });
    expect(authSettings()).toMatchObject({ kind: "unconfigured", problems: [expect.stringContaining("LENS_ALLOWED_EMAILS")] });
  });

  it("a short session secret is refused", () => {
    withEnv({ LENS_SESSION_SECRET: "short" });
    expect(authSettings()).toMatchObject({ kind: "unconfigured", problems: [expect.stringContaining("LENS_SESSION_SECRET")] });
  });

  it("Log in with Intercom needs the workspace id and an allow-list", () => {
    withEnv({ LENS_OIDC_ISSUER: "", LENS_OIDC_CLIENT_ID: "", LENS_INTERCOM_CLIENT_ID: "ic", LENS_INTERCOM_CLIENT_SECRET: "is" });
    expect(authSettings()).toMatchObject({ kind: "unconfigured", problems: [expect.stringContaining("LENS_INTERCOM_WORKSPACE_ID")] });
    withEnv({ LENS_OIDC_ISSUER: "", LENS_OIDC_CLIENT_ID: "", LENS_INTERCOM_CLIENT_ID: "ic", LENS_INTERCOM_CLIENT_SECRET: "is", LENS_INTERCOM_WORKSPACE_ID: "abc123", LENS_ALLOWED_DOMAINS: "" });
    expect(authSettings()).toMatchObject({ kind: "unconfigured", problems: [expect.stringContaining("every teammate of the workspace")] });
    withEnv({ LENS_OIDC_ISSUER: "", LENS_OIDC_CLIENT_ID: "", LENS_INTERCOM_CLIENT_ID: "ic", LENS_INTERCOM_CLIENT_SECRET: "is", LENS_INTERCOM_WORKSPACE_ID: "abc123" });
    expect(authSettings()).toMatchObject({ kind: "signin", intercom: { workspaceId: "abc123" }, oidc: null });
  });
});
