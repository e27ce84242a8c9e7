import { describe, expect, it } from "vitest";
import { parseTheme, themeAttribute } from "./theme";

describe("theme choice", () => {
  it("keeps a remembered light or dark choice and follows the system otherwise", () => {
    expect(parseTheme("dark")).toBe("dark");
    expect(parseTheme("light")).toBe("light");
    expect(parseTheme(undefined)).toBe("system");
    expect(parseTheme("purple")).toBe("system");
  });

  it("writes no data-theme for the system choice, so the stylesheet's media query decides", () => {
    expect(themeAttribute("system")).toBeUndefined();
    expect(themeAttribute("dark")).toBe("dark");
  });
});
