import { describe, expect, it } from "vitest";
import { isChartRoute, resolvePath } from "./routes";

describe("resolvePath", () => {
  it("fills ids, encoded", () => {
    expect(resolvePath("/contacts/{contact}", { contact: "abc" })).toBe("/contacts/abc");
    expect(resolvePath("/x/{conversation}", { conversation: "a/b" })).toBe("/x/a%2Fb");
  });
  it("is null when an id is unknown", () => {
    expect(resolvePath("/conversations/{longConversation}", {})).toBeNull();
  });
  it("leaves paths without placeholders alone", () => {
    expect(resolvePath("/audit?range=90d", {})).toBe("/audit?range=90d");
  });
});

describe("isChartRoute", () => {
  it("matches chart pages and their query strings only", () => {
    expect(isChartRoute("/audit?range=90d")).toBe(true);
    expect(isChartRoute("/articles/insights")).toBe(true);
    expect(isChartRoute("/admins/12")).toBe(true);
    expect(isChartRoute("/admins")).toBe(false);
    expect(isChartRoute("/articles")).toBe(false);
    expect(isChartRoute("/auditor")).toBe(false);
  });
});
