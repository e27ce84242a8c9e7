import { describe, expect, it } from "vitest";
import { sharedScripts } from "./bundle-size";

describe("sharedScripts", () => {
  it("keeps the scripts every route loads", () => {
    const routes = [
      { path: "/", scripts: ["a.js", "b.js", "c.js"] },
      { path: "/audit", scripts: ["b.js", "a.js", "chart.js"] },
      { path: "/contacts", scripts: ["a.js", "b.js", "table.js"] },
    ];
    expect(sharedScripts(routes)).toEqual(["a.js", "b.js"]);
  });
  it("is empty when nothing was measured", () => {
    expect(sharedScripts([])).toEqual([]);
  });
});
