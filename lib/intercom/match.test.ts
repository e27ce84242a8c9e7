import { describe, expect, it } from "vitest";
import { matchCall } from "./match";

describe("matchCall", () => {
  it("accepts an allow-listed path and rebuilds it from the template", () => {
    const m = matchCall("GET", "/contacts/64f1c0000000000000000001/tags", "");
    expect(m).toMatchObject({ ok: true, id: "contacts.tags", upstreamPath: "/contacts/64f1c0000000000000000001/tags" });
  });

  it("refuses encoded slashes, dots and double encoding with 400", () => {
    for (const path of ["/admins%2F..%2Fme", "/admins/..%2Fme", "/admins%5C..%5Cme", "/admins%252F..%252Fme", "/admins%3Fper_page%3D1", "/admins%23x", "/%00"]) {
      expect(matchCall("GET", path, "")).toMatchObject({ ok: false, status: 400 });
    }
  });

  it("answers 404 for unknown paths and 405 with Allow for writes", () => {
    expect(matchCall("GET", "/nope", "")).toMatchObject({ ok: false, status: 404 });
    expect(matchCall("DELETE", "/admins", "")).toMatchObject({ ok: false, status: 405, allow: ["GET"] });
    expect(matchCall("GET", "/contacts/search", "")).toMatchObject({ ok: false, status: 405, allow: ["POST"] });
  });

  it("names the query parameter that is unknown, repeated or out of range", () => {
    expect(matchCall("GET", "/contacts", "?foo=1")).toMatchObject({ ok: false, status: 400, field: "foo" });
    expect(matchCall("GET", "/contacts", "?per_page=151")).toMatchObject({ ok: false, status: 400, field: "per_page" });
    expect(matchCall("GET", "/contacts", "?per_page=1&per_page=2")).toMatchObject({ ok: false, status: 400, field: "per_page" });
  });
});
