import { describe, expect, it } from "vitest";
import { intercomHref, intercomPath } from "./intercom";

describe("intercomPath", () => {
  it("fills the registry's template and sends the rest as the query", () => {
    expect(intercomPath("contacts.companies", { id: "65f0a1b2c3d4e5f601234567", page: 2, per_page: 50 })).toBe("/contacts/65f0a1b2c3d4e5f601234567/companies?page=2&per_page=50");
  });

  it("encodes path values, so an id can never add a path segment", () => {
    expect(intercomPath("articles.get", { id: "1/../../admins" })).toBe("/articles/1%2F..%2F..%2Fadmins");
  });

  it("leaves out empty query values (an unset filter is no filter)", () => {
    expect(intercomPath("companies.list", { page: 1, per_page: 25, tag_id: null, segment_id: "" })).toBe("/companies?page=1&per_page=25");
  });

  it("gives the mirror's address for downloads the browser opens itself", () => {
    expect(intercomHref("exports.download", { job_identifier: "abc123" })).toBe("/api/intercom/download/content/data/abc123");
  });
});
