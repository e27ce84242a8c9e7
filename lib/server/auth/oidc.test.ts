import { describe, expect, it } from "vitest";
import { decide, isGoogle } from "./oidc";

const list = { allowedEmails: [], allowedDomains: ["example.com"] };

describe("OIDC sign-in decision", () => {
  it("accepts a verified, allowed email", () => {
    expect(decide({ email: "Ana@example.com", email_verified: true, name: "Ana Souza" }, list, false)).toEqual({ ok: true, email: "ana@example.com", name: "Ana Souza" });
  });

  it("accepts only a literal true as verification", () => {
    for (const verified of [false, "true", 1, undefined, null]) {
      expect(decide({ email: "ana@example.com", email_verified: verified }, list, false)).toMatchObject({ ok: false, reason: "email_unverified" });
    }
  });

  it("refuses a verified email that is not allowed", () => {
    expect(decide({ email: "eve@evil.io", email_verified: true }, list, false)).toEqual({ ok: false, reason: "not_allowed", email: "eve@evil.io" });
  });

  it("refuses when there is no usable email", () => {
    expect(decide({ email_verified: true }, list, false)).toEqual({ ok: false, reason: "email_missing" });
  });
});

describe("Google as the issuer", () => {
  it("is recognised by its issuer origin only", () => {
    expect(isGoogle(new URL("https://accounts.google.com"))).toBe(true);
    expect(isGoogle(new URL("https://accounts.google.com.evil.io"))).toBe(false);
  });

  it("lets a domain-listed account in only when hd names that domain (a personal Google account on a work address has no hd)", () => {
    expect(decide({ email: "ana@example.com", email_verified: true }, list, true)).toEqual({ ok: false, reason: "not_workspace_account", email: "ana@example.com" });
    expect(decide({ email: "ana@example.com", email_verified: true, hd: "other.com" }, list, true)).toMatchObject({ ok: false, reason: "not_workspace_account" });
    expect(decide({ email: "ana@example.com", email_verified: true, hd: "example.com" }, list, true)).toMatchObject({ ok: true, email: "ana@example.com" });
  });

  it("lets an email listed one by one in without hd", () => {
    const emails = { allowedEmails: ["li@gmail.com"], allowedDomains: ["example.com"] };
    expect(decide({ email: "li@gmail.com", email_verified: true }, emails, true)).toMatchObject({ ok: true, email: "li@gmail.com" });
  });
});
