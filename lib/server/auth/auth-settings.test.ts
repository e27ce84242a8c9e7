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
};

function withEnv(env: Record<string, string>) {
  for (const [k, v] of Object.entries({ ...complete, ...env })) vi.stubEnv(k, v);
}

afterEach(() => vi.unstubAllEnvs());

describe("sign-in settings", () => {
  it("LENS_AUTH=none turns sign-in off whatever else is set", () => {
    withEnv({ LENS_AUTH: "none", LENS_SESSION_SECRET: "" });
    expect(authSettings()).toEqual({ kind: "none" });
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

  it("Log in with Intercom needs the workspace id", () => {
    withEnv({ LENS_OIDC_ISSUER: "", LENS_OIDC_CLIENT_ID: "", LENS_INTERCOM_CLIENT_ID: "ic", LENS_INTERCOM_CLIENT_SECRET: "is" });
    expect(authSettings()).toMatchObject({ kind: "unconfigured", problems: [expect.stringContaining("LENS_INTERCOM_WORKSPACE_ID")] });
    withEnv({ LENS_OIDC_ISSUER: "", LENS_OIDC_CLIENT_ID: "", LENS_INTERCOM_CLIENT_ID: "ic", LENS_INTERCOM_CLIENT_SECRET: "is", LENS_INTERCOM_WORKSPACE_ID: "abc123" });
    expect(authSettings()).toMatchObject({ kind: "signin", intercom: { workspaceId: "abc123" }, oidc: null });
  });
});
