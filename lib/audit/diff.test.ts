import { describe, expect, it } from "vitest";
import { metadataView, showValue } from "./diff";

describe("metadata diff", () => {
  it("diffs object before/after field by field, changed fields first", () => {
    const view = metadataView({ before: { can_export_data: false, can_access_reports: true }, after: { can_export_data: true, can_access_reports: true }, update_by_name: "Aoife Byrne" });
    expect(view.diff).toEqual([
      { field: "can_export_data", before: false, after: true, changed: true },
      { field: "can_access_reports", before: true, after: true, changed: false },
    ]);
    expect(view.details).toEqual([["update_by_name", "Aoife Byrne"]]);
  });

  it("shows scalar before/after as one line, and metadata without a change as details", () => {
    expect(metadataView({ before: "Support agent", after: "Admin" }).diff).toEqual([{ field: "value", before: "Support agent", after: "Admin", changed: true }]);
    expect(metadataView({ sign_in_method: "google_sso" })).toEqual({ diff: [], details: [["sign_in_method", "google_sso"]] });
    expect(metadataView(null)).toEqual({ diff: [], details: [] });
  });

  it("renders values as readable text", () => {
    expect(showValue(null)).toBe("—");
    expect(showValue(true)).toBe("yes");
    expect(showValue(["home", "news"])).toBe("home, news");
    expect(showValue({ name: "Jira" })).toBe('{"name":"Jira"}');
  });
});
