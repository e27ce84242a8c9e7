import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { TestRedis } from "@/lib/testing/redis-server";
import { connectInstance } from "@/lib/testing/shared-redis";
import { log } from "../log";
import { SharedBudget } from "./budget";
import type { SharedRedis } from "./redis";

let server: TestRedis;
let open: SharedRedis[] = [];
beforeAll(async () => {
  server = await TestRedis.start();
}, 120_000);
afterAll(() => server.stop());
afterEach(async () => {
  await open[0]?.run((c) => c.flushAll());
  await Promise.all(open.map((r) => r.close()));
  open = [];
  vi.restoreAllMocks();
});

/** `perWindow` calls per window for all: a limit of twice that at a share of one half. */
async function budgets(n: number, perWindow: number): Promise<SharedBudget[]> {
  const out: SharedBudget[] = [];
  for (let i = 0; i < n; i++) {
    const redis = await connectInstance(server.url);
    open.push(redis);
    out.push(new SharedBudget(redis, { share: 0.5, assumedLimit: perWindow * 2, instances: n }));
  }
  return out;
}

async function granted(budget: SharedBudget, tries: number): Promise<number> {
  let ok = 0;
  for (let i = 0; i < tries; i++) if ((await budget.reserve()) === 0) ok++;
  return ok;
}

describe("one upstream budget for every instance", () => {
  it("counts the calls of all instances against one budget per window", async () => {
    const [a, b, c] = await budgets(3, 12);
    const total = (await Promise.all([granted(a!, 10), granted(b!, 10), granted(c!, 10)])).reduce((x, y) => x + y);
    expect(total).toBe(12);
    const wait = await a!.reserve();
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(10_000);
  });

  it("pauses every instance until the reset when one of them sees a 429", async () => {
    const [a, b] = await budgets(2, 100);
    await a!.observe({ status: 429, resetAt: Date.now() + 3_000 });
    const wait = await b!.reserve();
    expect(wait).toBeGreaterThan(2_500);
    expect(wait).toBeLessThanOrEqual(3_000);
  });

  it("pauses every instance when Intercom's window is nearly spent, and ignores a bogus far reset", async () => {
    const [a, b] = await budgets(2, 100);
    await a!.observe({ status: 200, limit: 200, remaining: 150, resetAt: Date.now() + 5_000 });
    expect(await b!.reserve()).toBe(0);
    await a!.observe({ status: 200, limit: 200, remaining: 60, resetAt: Date.now() + 3_600_000 });
    expect(await b!.reserve()).toBe(0);
    await a!.observe({ status: 200, limit: 200, remaining: 5, resetAt: Date.now() + 4_000 });
    expect(await b!.reserve()).toBeGreaterThan(3_000);
  });

  it("falls back to budget ÷ instances on each instance when Redis dies, without waiting on it", async () => {
    const warn = vi.spyOn(log, "warn").mockImplementation(() => {});
    const [a, b] = await budgets(2, 10);
    expect(await granted(a!, 2)).toBe(2);
    await server.kill();
    const started = Date.now();
    expect(await granted(a!, 10)).toBe(5);
    expect(await granted(b!, 10)).toBe(5);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(warn).toHaveBeenCalled();
    await server.restart();
  });

  it("follows Intercom's limit when a response reveals it", async () => {
    const [a] = await budgets(1, 3);
    await a!.observe({ status: 200, limit: 10 });
    expect(a!.perWindow).toBe(5);
    expect(await granted(a!, 8)).toBe(5);
  });
});
