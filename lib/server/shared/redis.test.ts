import net from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { TestRedis } from "@/lib/testing/redis-server";
import { log } from "../log";
import { SharedRedis } from "./redis";

let server: TestRedis;
beforeAll(async () => {
  server = await TestRedis.start();
}, 120_000);
afterAll(() => server.stop());

async function ready(redis: SharedRedis): Promise<void> {
  for (let i = 0; i < 100 && !redis.usable; i++) await new Promise((r) => setTimeout(r, 20));
}

describe("shared redis connection", () => {
  it("answers commands and reports itself healthy", async () => {
    const redis = new SharedRedis({ url: server.url });
    await ready(redis);
    expect(await redis.run((c) => c.set("lens:test", "x"))).toBe("OK");
    expect((await redis.health()).status).toBe("ok");
    await redis.close();
  });

  it("never waits long on a dead Redis, warns once a minute, and recovers when it comes back", async () => {
    const warn = vi.spyOn(log, "warn").mockImplementation(() => {});
    const redis = new SharedRedis({ url: server.url, backoffMs: 50 });
    await ready(redis);
    await server.kill();
    for (let i = 0; i < 5; i++) {
      const started = Date.now();
      expect(await redis.run((c) => c.get("lens:test"))).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(400);
    }
    const health = await redis.health();
    expect(health.status).toBe("down");
    expect(health.reason).toBeTruthy();
    expect(warn).toHaveBeenCalledTimes(1);
    await server.restart();
    await ready(redis);
    expect(await redis.run((c) => c.set("lens:test", "y"))).toBe("OK");
    await redis.close();
    warn.mockRestore();
  });

  it("gives up on a Redis that accepts connections but never answers within a few hundred ms", async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    const port = (silent.address() as net.AddressInfo).port;
    const redis = new SharedRedis({ url: `redis://127.0.0.1:${port}` });
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    expect(await redis.run((c) => c.get("k"))).toBeUndefined();
    expect((await redis.health()).status).toBe("down");
    expect(Date.now() - started).toBeLessThan(800);
    await redis.close();
    silent.close();
  });

  it("starts without Redis at all and keeps answering undefined at once", async () => {
    const redis = new SharedRedis({ url: "redis://127.0.0.1:1" });
    const started = Date.now();
    expect(await redis.run((c) => c.get("k"))).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(100);
    await redis.close();
  });
});
