import { describe, expect, it } from "vitest";
import { drillHref } from "./drill";

describe("drill-down links", () => {
  it("narrow a week to its seven days inside the chosen range", () => {
    expect(drillHref({}, "week", "2026-11-16")).toBe("/reports/conversations?from=2026-11-16&to=2026-11-22");
    expect(drillHref({ from: "2026-11-18", team: "8000102" }, "week", "2026-11-16")).toBe("/reports/conversations?from=2026-11-18&to=2026-11-22&team=8000102");
  });

  it("add the group's team, teammate or tag to the report's filters", () => {
    expect(drillHref({ from: "2026-11-01", to: "2026-11-30" }, "tag", "7000103")).toBe("/reports/conversations?from=2026-11-01&to=2026-11-30&tag=7000103");
    expect(drillHref({ team: "8000100" }, "admin", "none")).toBe("/reports/conversations?team=8000100&admin=none");
  });
});
