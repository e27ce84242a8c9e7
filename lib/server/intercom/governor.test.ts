import { describe, expect, it } from "vitest";
import { UpstreamGovernor } from "./governor";

function clock(start = 1_700_000_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const headers = (h: Record<string, string>) => (name: string) => h[name];

describe("upstream governor", () => {
  it("keeps Lens under its share of Intercom's limit per 10-second window", async () => {
    const c = clock();
    const g = new UpstreamGovernor({ share: 0.5, assumedLimit: 20, now: c.now });
    expect(g.budget).toBe(10);
    for (let i = 0; i < 10; i++) await g.acquire();
    expect(g.delay()).toBe(10_000);
    c.advance(4_000);
    expect(g.delay()).toBe(6_000);
    c.advance(6_000);
    expect(g.delay()).toBe(0);
  });

  it("learns the real limit from X-RateLimit-Limit", () => {
    const c = clock();
    const g = new UpstreamGovernor({ share: 0.5, assumedLimit: 20, now: c.now });
    g.observe(headers({ "x-ratelimit-limit": "1666", "x-ratelimit-remaining": "1600", "x-ratelimit-reset": String(Math.ceil((c.now() + 5_000) / 1000)) }), 200);
    expect(g.budget).toBe(833);
    expect(g.delay()).toBe(0);
  });

  it("waits for the reset when the window is nearly spent, before Intercom refuses", () => {
    const c = clock();
    const g = new UpstreamGovernor({ share: 0.5, assumedLimit: 166, now: c.now });
    const reset = Math.ceil((c.now() + 4_000) / 1000);
    g.observe(headers({ "x-ratelimit-limit": "166", "x-ratelimit-remaining": "12", "x-ratelimit-reset": String(reset) }), 200);
    const wait = g.delay();
    expect(wait).toBeGreaterThan(3_000);
    expect(wait).toBeLessThanOrEqual(5_000);
    c.advance(wait);
    expect(g.delay()).toBe(0);
  });

  it("after a 429 holds every call until the reset", () => {
    const c = clock();
    const g = new UpstreamGovernor({ share: 0.5, assumedLimit: 166, now: c.now });
    g.observe(headers({ "x-ratelimit-limit": "166", "x-ratelimit-remaining": "90", "x-ratelimit-reset": String(Math.ceil((c.now() + 2_000) / 1000)) }), 429);
    expect(g.delay()).toBeGreaterThan(1_000);
  });

  it("ignores resets in the past or implausibly far away", () => {
    const c = clock();
    const g = new UpstreamGovernor({ share: 0.5, assumedLimit: 166, now: c.now });
    g.observe(headers({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": "4102444800" }), 429);
    expect(g.delay()).toBe(0);
    g.observe(headers({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1" }), 429);
    expect(g.delay()).toBe(0);
  });

  it("counts calls in flight against Intercom's remaining window", async () => {
    const c = clock();
    const g = new UpstreamGovernor({ share: 1, assumedLimit: 100, now: c.now });
    g.observe(headers({ "x-ratelimit-limit": "100", "x-ratelimit-remaining": "15", "x-ratelimit-reset": String(Math.ceil((c.now() + 8_000) / 1000)) }), 200);
    for (let i = 0; i < 5; i++) await g.acquire();
    expect(g.delay()).toBeGreaterThan(0);
  });

  it("gives up waiting when the caller's deadline passes", async () => {
    const g = new UpstreamGovernor({ share: 0.5, assumedLimit: 2 });
    await g.acquire();
    await expect(g.acquire(AbortSignal.timeout(50))).rejects.toThrow();
  });
});
