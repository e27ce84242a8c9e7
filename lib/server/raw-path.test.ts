import { describe, expect, it } from "vitest";
import { hasDotSegment } from "./raw-path";

describe("dot segments in the raw request target", () => {
  it("finds them in every spelling, double-encoded and behind encoded separators", () => {
    for (const target of [
      "/api/intercom/admins/../teams",
      "/api/intercom/admins/%2e%2e/teams",
      "/api/intercom/admins/.%2E/teams",
      "/api/intercom/admins/%2E./teams",
      "/api/intercom/%252e%252e/admins",
      "/api/intercom/admins%2f..%2fme",
      "/api/intercom/admins%5c..%5cme",
      "/api/intercom/./admins",
      "/api/intercom/admins/..",
      "/api/intercom/%2e%2e?x=1",
    ]) {
      expect(hasDotSegment(target), target).toBe(true);
    }
  });

  it("leaves ordinary paths, dotted names and dots in the query alone", () => {
    for (const target of ["/api/intercom/admins", "/api/intercom/contacts?starting_after=a..b", "/_next/static/chunks/a.b.js", "/articles/123?next=/../x", "/api/intercom/...", "/"]) {
      expect(hasDotSegment(target), target).toBe(false);
    }
  });
});
