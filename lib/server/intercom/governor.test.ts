import { afterEach, describe, expect, it, vi } from "vitest";
import { GovernorBusy, MemoryBudget, UpstreamGovernor } from "./governor";

function clock(start = 1_700_000_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const headers = (h: Record<string, string>) => (name: string) => h[name];

afterEach(() => {
  vi.useRealTimers();
});

describe("the upstream budget", () => {
  it("keeps Lens under its share of Intercom's limit per 10-second window", async () => {
    const c = clock();
    const b = new MemoryBudget({ share: 0.5, assumedLimit: 20, now: c.now });
    expect(b.perWindow).toBe(10);
    for (let i = 0; i < 10; i++) expect(await b.reserve()).toBe(0);
    expect(await b.reserve()).toBe(10_000);
    c.advance(4_000);
    expect(b.delay()).toBe(6_000);
    c.advance(6_000);
    expect(b.delay()).toBe(0);
  });

  it("learns the real limit from X-RateLimit-Limit", async () => {
    const c = clock();
    const b = new MemoryBudget({ share: 0.5, assumedLimit: 20, now: c.now });
    await b.observe({ status: 200, limit: 1666, remaining: 1600, resetAt: c.now() + 5_000 });
    expect(b.perWindow).toBe(833);
    expect(b.delay()).toBe(0);
  });

  it("waits for the reset when the window is nearly spent, before Intercom refuses", async () => {
    const c = clock();
    const b = new MemoryBudget({ share: 0.5, assumedLimit: 166, now: c.now });
    await b.observe({ status: 200, limit: 166, remaining: 12, resetAt: c.now() + 4_000 });
    expect(b.delay()).toBe(4_000);
    c.advance(4_000);
    expect(b.delay()).toBe(0);
  });

  it("after a 429 pauses every call until the reset, even a minute away", async () => {
    const c = clock();
    const b = new MemoryBudget({ share: 0.5, assumedLimit: 166, now: c.now });
    await b.observe({ status: 429, limit: 166, remaining: 0, resetAt: c.now() + 60_000 });
    expect(await b.reserve()).toBe(60_000);
    c.advance(59_000);
    expect(await b.reserve()).toBe(1_000);
    c.advance(1_000);
    expect(await b.reserve()).toBe(0);
  });

  it("ignores resets in the past or implausibly far away, and a 429 that names no reset", async () => {
    const c = clock();
    const b = new MemoryBudget({ share: 0.5, assumedLimit: 166, now: c.now });
    await b.observe({ status: 429, remaining: 0, resetAt: 4102444800_000 });
    await b.observe({ status: 429, remaining: 0, resetAt: 1_000 });
    await b.observe({ status: 429 });
    expect(b.delay()).toBe(0);
  });

  it("counts calls in flight against Intercom's remaining window", async () => {
    const c = clock();
    const b = new MemoryBudget({ share: 1, assumedLimit: 100, now: c.now });
    await b.observe({ status: 200, limit: 100, remaining: 15, resetAt: c.now() + 8_000 });
    for (let i = 0; i < 5; i++) await b.reserve();
    expect(b.delay()).toBeGreaterThan(0);
  });
});

describe("the governor's queue", () => {
  it("gives callers turns: a caller with 20 calls queued does not hold back another's one call", async () => {
    vi.useFakeTimers({ now: 1_700_000_000_000 });
    // 2 calls per second.
    const g = new UpstreamGovernor(new MemoryBudget({ share: 1, assumedLimit: 2, windowMs: 1_000 }), { maxWaitMs: 60_000 });
    const order: string[] = [];
    const hammer = Array.from({ length: 20 }, (_, i) => g.acquire("hammer").then(() => order.push(`h${i}`)));
    await vi.advanceTimersByTimeAsync(0);
    const browse = g.acquire("browse").then(() => order.push("b"));
    await vi.advanceTimersByTimeAsync(2_000);
    await browse;
    // Two went at once, then the browser's call is next in turn, not 18 calls later.
    expect(order.indexOf("b")).toBeLessThanOrEqual(3);
    await vi.advanceTimersByTimeAsync(20_000);
    await Promise.all(hammer);
    // Each caller's own calls stay in order.
    expect(order.filter((o) => o.startsWith("h"))).toEqual(Array.from({ length: 20 }, (_, i) => `h${i}`));
  });

  it("refuses at once, with when to retry, a call that would wait past the wait limit", async () => {
    vi.useFakeTimers({ now: 1_700_000_000_000 });
    const g = new UpstreamGovernor(new MemoryBudget({ share: 1, assumedLimit: 1, windowMs: 10_000 }), { maxWaitMs: 2_000 });
    await g.acquire("a");
    // The next slot opens in 10 s: past the 2 s limit.
    const second = g.acquire("b").catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(0);
    const refused = await second;
    expect(refused).toBeInstanceOf(GovernorBusy);
    expect((refused as GovernorBusy).retryAfterMs).toBeGreaterThanOrEqual(9_000);
    expect((refused as GovernorBusy).retryAfterMs).toBeLessThanOrEqual(11_000);
    // Now the governor knows: the next one is refused without queueing at all.
    const started = Date.now();
    await expect(g.acquire("c")).rejects.toBeInstanceOf(GovernorBusy);
    expect(Date.now() - started).toBe(0);
    expect(g.waiting).toBe(0);
  });

  it("after a 429 with a reset a minute away, every call is refused at once until the reset", async () => {
    vi.useFakeTimers({ now: 1_700_000_000_000 });
    const g = new UpstreamGovernor(new MemoryBudget({ share: 0.5, assumedLimit: 166 }), { maxWaitMs: 5_000 });
    await g.acquire("a");
    await g.observe(headers({ "x-ratelimit-limit": "166", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + 60) }), 429);
    const first = g.acquire("b").catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(0);
    expect(await first).toBeInstanceOf(GovernorBusy);
    // Until 5 s before the reset, when waiting it out fits inside the wait limit.
    for (let s = 5; s < 55; s += 5) {
      await vi.advanceTimersByTimeAsync(5_000);
      await expect(g.acquire(`s${s}`)).rejects.toBeInstanceOf(GovernorBusy);
    }
    await vi.advanceTimersByTimeAsync(11_000);
    await expect(g.acquire("after")).resolves.toBeUndefined();
  });

  it("gives up waiting when the caller's deadline passes", async () => {
    const g = new UpstreamGovernor(new MemoryBudget({ share: 1, assumedLimit: 1, windowMs: 1_000 }), { maxWaitMs: 5_000 });
    await g.acquire();
    await expect(g.acquire("x", AbortSignal.timeout(50))).rejects.toThrow();
    expect(g.waiting).toBe(0);
  });
});
