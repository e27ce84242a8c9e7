import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryResponseCache } from "./cache";

const answer = (body: string | Buffer) => ({ status: 200, rateLimit: {}, body: Buffer.isBuffer(body) ? body : Buffer.from(body, "utf8") });

afterEach(() => {
  vi.useRealTimers();
});

describe("the response cache", () => {
  it("counts bytes, not characters: multi-byte text costs what it weighs", async () => {
    const cache = new MemoryResponseCache({ maxBytes: 1024 * 1024 });
    await cache.set("k", answer("é".repeat(1000)), 60_000);
    // 2,000 bytes of body (1,000 characters), plus the key and bookkeeping.
    expect(cache.bytes).toBeGreaterThanOrEqual(2_000);
    expect(cache.bytes).toBeLessThan(2_000 + 1_024);
  });

  it("keeps only its own bytes, not the shared pool slab a small answer was cut from", async () => {
    const cache = new MemoryResponseCache({ maxBytes: 1024 * 1024 });
    const small = Buffer.from("{}");
    await cache.set("small", answer(small), 60_000);
    const kept = (await cache.get("small"))!.body;
    expect(kept.toString()).toBe("{}");
    expect(kept.buffer.byteLength).toBe(2);
  });

  it("keeps the total under its cap by dropping the least recently used", async () => {
    const cache = new MemoryResponseCache({ maxBytes: 100 * 1024 });
    for (let i = 0; i < 50; i++) await cache.set(`k${i}`, answer(Buffer.alloc(10 * 1024)), 60_000);
    expect(cache.bytes).toBeLessThanOrEqual(100 * 1024);
    expect(await cache.has("k49")).toBe(true);
    expect(await cache.has("k0")).toBe(false);
  });

  it("does not keep one answer larger than the per-entry cap", async () => {
    const cache = new MemoryResponseCache({ maxBytes: 64 * 1024 * 1024 });
    await cache.set("big", answer(Buffer.alloc(3 * 1024 * 1024)), 60_000);
    expect(await cache.get("big")).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });

  it("expires entries at their TTL and sweeps expired ones out, even ones nobody asks for again", async () => {
    vi.useFakeTimers();
    const cache = new MemoryResponseCache({ maxBytes: 1024 * 1024, purgeEveryMs: 1_000 });
    await cache.set("short", answer(Buffer.alloc(10_000)), 500);
    await cache.set("long", answer("{}"), 60_000);
    expect(await cache.get("short")).toBeDefined();
    vi.advanceTimersByTime(2_000);
    // Touching any other key sweeps: the expired 10 kB leave without being read.
    await cache.get("long");
    expect(cache.entries).toBe(1);
    expect(cache.bytes).toBeLessThan(1_000);
  });
});
