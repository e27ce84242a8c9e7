import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { TestRedis } from "@/lib/testing/redis-server";
import { connectInstance } from "@/lib/testing/shared-redis";
import { log } from "../log";
import type { SharedRedis } from "./redis";
import { requestHash, SharedResponseCache } from "./response-cache";
import { SharedSingleFlight, type Flight } from "./single-flight";

let server: TestRedis;
let open: SharedRedis[] = [];
beforeAll(async () => {
  server = await TestRedis.start();
}, 120_000);
afterAll(() => server.stop());
afterEach(async () => {
  await Promise.all(open.map((r) => r.close()));
  open = [];
  vi.restoreAllMocks();
});

async function instances(n: number): Promise<SharedSingleFlight[]> {
  const out: SharedSingleFlight[] = [];
  for (let i = 0; i < n; i++) {
    const redis = await connectInstance(server.url);
    open.push(redis);
    out.push(new SharedSingleFlight(redis, { lockMs: 1_000, pollMs: 20 }));
  }
  return out;
}

/** A fake upstream: counts its calls and answers after `ms`. */
function upstream(ms: number, cacheable = true) {
  let calls = 0;
  const flight: Flight<string> = {
    async fetch() {
      calls++;
      await new Promise((r) => setTimeout(r, ms));
      const value = `answer ${calls}`;
      return { value, bytes: cacheable ? Buffer.from(value) : null, ttlMs: 5_000 };
    },
    decode: (bytes) => bytes.toString(),
  };
  return { flight, calls: () => calls };
}

let n = 0;
const freshHash = () => requestHash("https://api.intercom.io", `GET /contacts/${++n}\n`);

describe("single-flight across instances", () => {
  it("makes one upstream call for identical concurrent requests on three instances", async () => {
    const flights = await instances(3);
    const { flight, calls } = upstream(150);
    const hash = freshHash();
    const results = await Promise.all(flights.map((f) => f.run(hash, flight)));
    expect(calls()).toBe(1);
    expect(results.map((r) => r.value)).toEqual(["answer 1", "answer 1", "answer 1"]);
    expect(results.filter((r) => r.source === "origin")).toHaveLength(1);
  });

  it("stores the answer under a hashed key that names neither the token nor the path", async () => {
    const [a] = await instances(1);
    const hash = requestHash("https://api.intercom.io", "GET /contacts/secret-id?email=ana@example.com\n");
    await a!.run(hash, upstream(1).flight);
    const redis = open[0]!;
    const keys = (await redis.run((c) => c.keys("lens:v1:resp:*"))) ?? [];
    expect(keys).toContain(SharedResponseCache.key(hash));
    for (const key of keys) expect(key).toMatch(/^lens:v1:resp:[0-9a-f]{64}$/);
    expect(await redis.run((c) => c.pTTL(SharedResponseCache.key(hash)))).toBeGreaterThan(4_000);
  });

  it("lets the others fetch for themselves when the answer is not one to share", async () => {
    const flights = await instances(2);
    const { flight, calls } = upstream(100, false);
    const hash = freshHash();
    const results = await Promise.all(flights.map((f) => f.run(hash, flight)));
    expect(calls()).toBe(2);
    expect(results.every((r) => r.source === "origin")).toBe(true);
  });

  it("uses the answer a previous holder stored just before this instance took the lock", async () => {
    const [a] = await instances(1);
    const hash = freshHash();
    const { flight, calls } = upstream(1);
    // The first look misses; by the time the lock is taken, another instance has stored its answer and let go.
    const redis = open[0]!;
    const cache = new SharedResponseCache(redis);
    const realGet = cache.get.bind(cache);
    const storeElsewhere = (h: string) => cache.set(h, Buffer.from("stored by another instance"), 5_000);
    let looks = 0;
    const spy = vi.spyOn(SharedResponseCache.prototype, "get").mockImplementation(async function (this: SharedResponseCache, h: string) {
      if (++looks === 1) {
        await storeElsewhere(h);
        return null;
      }
      return realGet(h);
    });
    const result = await a!.run(hash, flight);
    spy.mockRestore();
    expect(result).toEqual({ value: "stored by another instance", source: "shared" });
    expect(calls()).toBe(0);
    expect(await redis.run((c) => c.exists(SharedSingleFlight.lockKey(hash)))).toBe(0);
  });

  it("fetches itself when the lock holder died without answering", async () => {
    const [a] = await instances(1);
    const hash = freshHash();
    await open[0]!.run((c) => c.set(SharedSingleFlight.lockKey(hash), "dead-instance", { expiration: { type: "PX", value: 200 } }));
    const { flight, calls } = upstream(1);
    const started = Date.now();
    const result = await a!.run(hash, flight);
    expect(result).toEqual({ value: "answer 1", source: "origin" });
    expect(calls()).toBe(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("keeps answering when Redis is killed while others wait", async () => {
    vi.spyOn(log, "warn").mockImplementation(() => {});
    const flights = await instances(3);
    const { flight, calls } = upstream(300);
    const hash = freshHash();
    const pending = Promise.all(flights.map((f) => f.run(hash, flight)));
    await new Promise((r) => setTimeout(r, 50));
    await server.kill();
    const results = await pending;
    expect(results.map((r) => r.value.startsWith("answer"))).toEqual([true, true, true]);
    expect(calls()).toBeLessThanOrEqual(3);
    // With Redis gone every instance serves on its own.
    const after = await flights[0]!.run(freshHash(), upstream(1).flight);
    expect(after.source).toBe("origin");
    await server.restart();
  });
});
