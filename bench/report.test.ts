import { describe, expect, it } from "vitest";
import { judge, markdownTable, ms } from "./report";

describe("judge", () => {
  it("compares against the bound in the right direction", () => {
    expect(judge(1.4, 1.5, "at most")).toBe("pass");
    expect(judge(1.6, 1.5, "at most")).toBe("fail");
    expect(judge(650, 700, "at least")).toBe("fail");
    expect(judge(700, 700, "at least")).toBe("pass");
  });
  it("never passes a value that was not measured", () => {
    expect(judge(Number.NaN, 50, "at most")).toBe("error");
  });
});

describe("markdownTable", () => {
  it("escapes pipes so a note cannot break the table", () => {
    const table = markdownTable([{ area: "a", metric: "m", value: "1 | 2", target: "t", status: "info" }]);
    expect(table.split("\n")[2]).toBe("| a | m | 1 \\| 2 | t | info |  |");
  });
});

describe("ms", () => {
  it("keeps sub-millisecond precision where it matters", () => {
    expect(ms(0.456)).toBe("0.46 ms");
    expect(ms(45.66)).toBe("45.7 ms");
    expect(ms(812.4)).toBe("812 ms");
    expect(ms(Number.NaN)).toBe("—");
  });
});
