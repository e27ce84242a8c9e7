import { describe, expect, it } from "vitest";
import { upstreamChain } from "./chain";

describe("upstreamChain", () => {
  it("counts calls side by side as one round trip", () => {
    expect(
      upstreamChain([
        { start: 0, end: 50 },
        { start: 1, end: 52 },
        { start: 2, end: 49 },
      ]),
    ).toBe(1);
  });

  it("counts a call that starts after another ended as the next round trip", () => {
    expect(
      upstreamChain([
        { start: 0, end: 50 },
        { start: 60, end: 110 },
        { start: 61, end: 111 },
        { start: 120, end: 170 },
      ]),
    ).toBe(3);
  });

  it("is zero for a page that asked Intercom nothing", () => {
    expect(upstreamChain([])).toBe(0);
  });
});
