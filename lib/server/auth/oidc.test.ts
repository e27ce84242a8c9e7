import { describe, expect, it } from "vitest";
import { decide } from "./oidc";

const list = { allowedEmails: [], allowedDomains: ["example.com"] };

describe("OIDC sign-in decision", () => {
  it("accepts a verified, allowed email", () => {
    expect(decide("Ana@example.com", true, "Ana Souza", list)).toEqual({ ok: true, email: "ana@example.com", name: "Ana Souza" });
  });

  it("accepts only a literal true as verification", () => {
    for (const verified of [false, "true", 1, undefined, null]) {
      expect(decide("ana@example.com", verified, null, list)).toMatchObject({ ok: false, reason: "email_unverified" });
    }
  });

  it("refuses a verified email that is not allowed", () => {
    expect(decide("eve@evil.io", true, null, list)).toEqual({ ok: false, reason: "not_allowed", email: "eve@evil.io" });
  });

  it("refuses when there is no usable email", () => {
    expect(decide(undefined, true, null, list)).toEqual({ ok: false, reason: "email_missing" });
  });
});
