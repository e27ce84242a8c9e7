import { describe, expect, it } from "vitest";
import { isAllowed, normaliseEmail } from "./allow-list";

const list = { allowedEmails: ["ana@partner.io"], allowedDomains: ["example.com"] };

describe("allow-list", () => {
  it("lets in listed emails and whole domains, case-insensitively", () => {
    expect(isAllowed("ana@partner.io", list)).toBe(true);
    expect(isAllowed("Li@Example.COM", list)).toBe(true);
  });

  it("keeps out everyone else, look-alike domains included", () => {
    expect(isAllowed("bob@partner.io", list)).toBe(false);
    expect(isAllowed("eve@example.com.evil.io", list)).toBe(false);
    expect(isAllowed("eve@evil-example.com", list)).toBe(false);
    expect(isAllowed("eve@sub.example.com", list)).toBe(false);
    expect(isAllowed('"eve@example.com"@evil.io', list)).toBe(false);
    expect(isAllowed("eve@evil.io@example.com", list)).toBe(false);
  });

  it("lets nobody in with empty lists", () => {
    expect(isAllowed("ana@example.com", { allowedEmails: [], allowedDomains: [] })).toBe(false);
  });

  it("normalises only plausible emails", () => {
    expect(normaliseEmail(" Ana@Example.com ")).toBe("ana@example.com");
    expect(normaliseEmail("not-an-email")).toBeNull();
    expect(normaliseEmail(42)).toBeNull();
  });
});
