import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { TestRedis } from "@/lib/testing/redis-server";
import type { IntercomSettings } from "../env";
import type { TransportRequest, TransportResponse } from "../intercom/transport";
import { log } from "../log";
import type { SharedRedis } from "./redis";

/**
 * The client as several instances run it: each "instance" is a fresh copy of the modules (its own
 * memory cache, coalescer and Redis connection), all pointed at one real redis-server.
 */

let server: TestRedis;
let instances: { redis: SharedRedis }[] = [];
beforeAll(async () => {
  server = await TestRedis.start();
}, 120_000);
afterAll(() => server.stop());
afterEach(async () => {
  await Promise.all(instances.map((i) => i.redis.close()));
  instances = [];
  forgetProcessState();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** Each instance is its own process in production: its own connection and revocation list too. */
function forgetProcessState(): void {
  for (const name of ["lens.shared-redis", "lens.revocation-list"]) delete (globalThis as Record<symbol, unknown>)[Symbol.for(name)];
}

const settings: IntercomSettings = { mode: "live", token: "tok_shared_canary_91c2", baseUrl: "https://api.intercom.io", region: "us", timeoutMs: 2_000, cacheTtlMs: 30_000, fakeScale: "default" };

/** A fake Intercom shared by the instances: counts calls, answers after `ms`. */
function upstream(ms = 80, status = 200) {
  const calls: TransportRequest[] = [];
  const transport = async (req: TransportRequest): Promise<TransportResponse> => {
    calls.push(req);
    await new Promise((r) => setTimeout(r, ms));
    const body = JSON.stringify({ type: "admin.list", path: req.path, n: calls.length });
    return { status, header: (name) => ({ "content-type": "application/json", "x-ratelimit-limit": "166" })[name], body: new Response(body).body! };
  };
  return { transport, calls };
}

async function startInstance(transport: (req: TransportRequest) => Promise<TransportResponse>, redisUrl: string | null = server.url) {
  vi.resetModules();
  forgetProcessState();
  if (redisUrl) vi.stubEnv("REDIS_URL", redisUrl);
  else vi.stubEnv("REDIS_URL", "");
  const client = await import("../intercom/client");
  const { sharedRedis } = await import("./redis");
  const redis = sharedRedis();
  if (redis) {
    for (let i = 0; i < 100 && !redis.usable; i++) await new Promise((r) => setTimeout(r, 20));
    instances.push({ redis });
  }
  client.configureIntercomClient(settings, transport);
  return client;
}

describe("the client on several instances", () => {
  it("makes one upstream call for identical concurrent calls on three instances, the others answering from Redis", async () => {
    const up = upstream();
    const clients = [await startInstance(up.transport), await startInstance(up.transport), await startInstance(up.transport)];
    const answers = await Promise.all(clients.flatMap((c) => [c.callIntercom({ path: "/admins" }), c.callIntercom({ path: "/admins" })]));
    expect(up.calls).toHaveLength(1);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
  });

  it("serves a later call on another instance from the shared tier, then from its own memory", async () => {
    const up = upstream(1);
    const [a, b] = [await startInstance(up.transport), await startInstance(up.transport)];
    const first = await a.callIntercom({ path: "/teams" });
    expect(await b.isCached({ path: "/teams" })).toBe(true);
    expect((await b.callIntercom({ path: "/teams" })).text).toBe(first.text);
    const get = vi.spyOn(instances[1]!.redis.bytes, "get");
    expect((await b.callIntercom({ path: "/teams" })).text).toBe(first.text);
    expect(get).not.toHaveBeenCalled();
    expect(up.calls).toHaveLength(1);
  });

  it("keeps the token out of Redis's keys and values", async () => {
    const up = upstream(1);
    const a = await startInstance(up.transport);
    await a.callIntercom({ path: "/contacts?email=ana%40example.com" });
    const redis = instances[0]!.redis;
    const keys = (await redis.run((c) => c.keys("*"))) ?? [];
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key).not.toMatch(/tok_|ana|example|contacts/);
      const value = (await redis.run((c) => c.get(key))) ?? "";
      expect(value).not.toContain(settings.token);
    }
  });

  it("keeps serving, each instance on its own, when Redis is killed", async () => {
    vi.spyOn(log, "warn").mockImplementation(() => {});
    const up = upstream(1);
    const [a, b] = [await startInstance(up.transport), await startInstance(up.transport)];
    await server.kill();
    const started = Date.now();
    const [x, y] = await Promise.all([a.callIntercom({ path: "/tags" }), b.callIntercom({ path: "/tags" })]);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect([x.status, y.status]).toEqual([200, 200]);
    expect(up.calls).toHaveLength(2);
    await a.callIntercom({ path: "/tags" });
    expect(up.calls).toHaveLength(2);
    await server.restart();
  });

  it("stays in-process without REDIS_URL", async () => {
    const up = upstream(1);
    const [a, b] = [await startInstance(up.transport, null), await startInstance(up.transport, null)];
    await a.callIntercom({ path: "/segments" });
    await b.callIntercom({ path: "/segments" });
    expect(up.calls).toHaveLength(2);
    expect(instances).toHaveLength(0);
  });
});

describe("sessions on several instances", () => {
  async function sessionInstance() {
    vi.resetModules();
    forgetProcessState();
    vi.stubEnv("REDIS_URL", server.url);
    vi.stubEnv("LENS_RATE_LIMIT_PER_SECOND", "1");
    vi.stubEnv("LENS_RATE_LIMIT_BURST", "2");
    const { revocationList } = await import("../auth/revocation");
    const { chargeCaller } = await import("../rate-limit/session-limiter");
    const { sharedRedis } = await import("./redis");
    const redis = sharedRedis()!;
    for (let i = 0; i < 100 && !redis.usable; i++) await new Promise((r) => setTimeout(r, 20));
    instances.push({ redis });
    return { revocations: revocationList(), chargeCaller };
  }

  it("a sign-out on one instance ends the session on the other", async () => {
    const [a, b] = [await sessionInstance(), await sessionInstance()];
    await a.revocations.revoke("sid-signed-out", Date.now() / 1000 + 3600);
    expect(await b.revocations.isRevoked("sid-signed-out")).toBe(true);
    expect(await b.revocations.isRevoked("sid-still-in")).toBe(false);
  });

  it("counts one session's requests wherever they land", async () => {
    const [a, b] = [await sessionInstance(), await sessionInstance()];
    const statuses = [];
    for (const instance of [a, b, a, b]) statuses.push((await instance.chargeCaller("session:abc"))?.status ?? 200);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
