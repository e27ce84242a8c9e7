import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { TestRedis } from "@/lib/testing/redis-server";
import { connectInstance } from "@/lib/testing/shared-redis";
import { log } from "../log";
import { SharedKeyLimiter } from "./key-limiter";
import type { SharedRedis } from "./redis";
import { SharedRevocations } from "./revocations";

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

async function two(): Promise<[SharedRedis, SharedRedis]> {
  const a = await connectInstance(server.url);
  const b = await connectInstance(server.url);
  open.push(a, b);
  return [a, b];
}

describe("shared sessions", () => {
  it("a sign-out on one instance ends the session on the others, and only until it would expire", async () => {
    const [ra, rb] = await two();
    const a = new SharedRevocations(ra);
    const b = new SharedRevocations(rb);
    await a.revoke("session-1", (Date.now() + 300) / 1000);
    expect(await b.isRevoked("session-1")).toBe(true);
    expect(await b.isRevoked("session-2")).toBe(false);
    const keys = (await ra.run((c) => c.keys("lens:v1:revoked:*"))) ?? [];
    expect(keys.join()).not.toContain("session-1");
    await new Promise((r) => setTimeout(r, 350));
    expect(await b.isRevoked("session-1")).toBe(false);
  });

  it("keeps this instance's own revocations while Redis is down", async () => {
    vi.spyOn(log, "warn").mockImplementation(() => {});
    const [ra] = await two();
    const a = new SharedRevocations(ra);
    await a.revoke("session-3", (Date.now() + 60_000) / 1000);
    await server.kill();
    expect(await a.isRevoked("session-3")).toBe(true);
    await server.restart();
  });

  it("counts one session's requests across instances", async () => {
    const [ra, rb] = await two();
    const options = { name: "session-test", perSecond: 1, burst: 3 };
    const a = new SharedKeyLimiter(ra, options);
    const b = new SharedKeyLimiter(rb, options);
    const results = [];
    for (let i = 0; i < 4; i++) results.push((await a.charge("sid")).ok, (await b.charge("sid")).ok);
    // One steady point plus a burst of three, wherever the requests land.
    expect(results.filter(Boolean)).toHaveLength(4);
    const refused = await b.charge("sid");
    expect(refused.ok).toBe(false);
    expect((await a.charge("other-session")).ok).toBe(true);
  });

  it("limits on each instance alone when Redis is down", async () => {
    vi.spyOn(log, "warn").mockImplementation(() => {});
    const [ra] = await two();
    const a = new SharedKeyLimiter(ra, { name: "address-test", perSecond: 1, burst: 2 });
    await server.kill();
    const started = Date.now();
    const oks = [];
    for (let i = 0; i < 5; i++) oks.push((await a.charge("10.0.0.1")).ok);
    expect(oks).toEqual([true, true, true, false, false]);
    expect(Date.now() - started).toBeLessThan(500);
    await server.restart();
  });
});
