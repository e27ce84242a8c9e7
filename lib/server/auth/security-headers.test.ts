import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, securityHeaders } from "./security-headers";

function directives(csp: string): Record<string, string> {
  return Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0]!, d.slice(d.indexOf(" ") + 1)]));
}

describe("security headers", () => {
  it("allows scripts only with this response's nonce", () => {
    const d = directives(contentSecurityPolicy({ nonce: "abc123==", dev: false, https: true }));
    expect(d["script-src"]).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(d["script-src"]).not.toContain("unsafe");
    expect(d["connect-src"]).toBe("'self'");
    expect(d["frame-ancestors"]).toBe("'none'");
    expect(d["object-src"]).toBe("'none'");
    expect(d["img-src"]).toContain("https:");
    expect(Object.keys(d)).toContain("upgrade-insecure-requests");
  });

  it("adds eval only for next dev, and upgrades only over https", () => {
    expect(contentSecurityPolicy({ nonce: "n", dev: true, https: false })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", dev: false, https: false })).not.toContain("upgrade-insecure-requests");
  });

  it("sends the fixed hardening headers, HSTS only over https", () => {
    const h = securityHeaders("csp", true);
    expect(h).toMatchObject({ "referrer-policy": "no-referrer", "x-content-type-options": "nosniff", "x-frame-options": "DENY" });
    expect(h["permissions-policy"]).toContain("camera=()");
    expect(h["strict-transport-security"]).toBeDefined();
    expect(securityHeaders("csp", false)["strict-transport-security"]).toBeUndefined();
  });

  it("makes a different nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
