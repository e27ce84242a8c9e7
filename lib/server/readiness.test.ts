import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { TestRedis } from "@/lib/testing/redis-server";
import { connectInstance } from "@/lib/testing/shared-redis";
import { log } from "./log";
import { readiness, redisCheck, storeCheck } from "./readiness";

let server: TestRedis;
beforeAll(async () => {
  server = await TestRedis.start();
}, 120_000);
afterAll(() => server.stop());

describe("readiness", () => {
  it("is ready without Redis configured, and says so", async () => {
    const result = await readiness([redisCheck(null)]);
    expect(result.status).toBe("ready");
    expect(result.checks[0]).toMatchObject({ name: "redis", status: "off" });
  });

  it("is ready with Redis up and degraded, with a reason, once it is killed", async () => {
    vi.spyOn(log, "warn").mockImplementation(() => {});
    const redis = await connectInstance(server.url);
    expect((await readiness([redisCheck(redis)])).status).toBe("ready");
    await server.kill();
    const started = Date.now();
    const result = await readiness([redisCheck(redis)]);
    expect(Date.now() - started).toBeLessThan(500);
    expect(result.status).toBe("degraded");
    expect(result.checks[0]!.reason).toMatch(/unreachable/);
    await redis.close();
    await server.restart();
  });

  it("is not ready when the store is down, without showing where the store is", async () => {
    vi.spyOn(log, "warn").mockImplementation(() => {});
    const up = storeCheck(async () => ({ status: "ok", name: "PostgreSQL db.internal:5432/lens" }));
    expect((await readiness([redisCheck(null), up])).status).toBe("ready");
    const down = storeCheck(async () => ({ status: "down", name: "PostgreSQL db.internal:5432/lens", reason: "connect ECONNREFUSED 10.0.0.5:5432" }));
    const result = await readiness([redisCheck(null), down]);
    expect(result.status).toBe("not_ready");
    expect(result.checks[1]).toMatchObject({ name: "store", status: "down", required: true });
    expect(JSON.stringify(result)).not.toMatch(/10\.0\.0\.5|db\.internal/);
  });
});
