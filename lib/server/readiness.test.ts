import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { TestRedis } from "@/lib/testing/redis-server";
import { connectInstance } from "@/lib/testing/shared-redis";
import { log } from "./log";
import { readiness, redisCheck, type ReadinessCheck } from "./readiness";

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

  it("is not ready when a required dependency is down", async () => {
    const store: ReadinessCheck = async () => ({ name: "store", status: "down", required: true, reason: "migrations not applied" });
    expect((await readiness([redisCheck(null), store])).status).toBe("not_ready");
  });
});
