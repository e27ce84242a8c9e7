import { describe, expect, it } from "vitest";
import { isCrossSite } from "./same-origin";

const req = (headers: Record<string, string>) => new Request("http://127.0.0.1:3000/api/intercom/contacts/search", { method: "POST", headers: { host: "127.0.0.1:3000", ...headers } });

describe("cross-site check", () => {
  it("trusts the browser's Sec-Fetch-Site first", () => {
    expect(isCrossSite(req({ "sec-fetch-site": "cross-site", origin: "http://127.0.0.1:3000" }), null)).toBe(true);
    expect(isCrossSite(req({ "sec-fetch-site": "same-site" }), null)).toBe(true);
    // A same-origin form POST under Referrer-Policy: no-referrer sends Origin: null.
    expect(isCrossSite(req({ "sec-fetch-site": "same-origin", origin: "null" }), "http://127.0.0.1:3000")).toBe(false);
  });

  it("falls back to Origin against the public URL, or the Host header", () => {
    expect(isCrossSite(req({ origin: "http://127.0.0.1:4666" }), "http://127.0.0.1:3000")).toBe(true);
    expect(isCrossSite(req({ origin: "http://127.0.0.1:3000" }), "http://127.0.0.1:3000")).toBe(false);
    expect(isCrossSite(req({ origin: "http://127.0.0.1:3000" }), null)).toBe(false);
    expect(isCrossSite(req({ origin: "https://evil.example" }), null)).toBe(true);
    expect(isCrossSite(req({ origin: "null" }), null)).toBe(true);
  });

  it("lets requests without any browser marker through (no ambient credentials to abuse)", () => {
    expect(isCrossSite(req({}), "http://127.0.0.1:3000")).toBe(false);
  });
});
