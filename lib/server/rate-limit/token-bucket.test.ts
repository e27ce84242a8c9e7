import { describe, expect, it } from "vitest";
import { TokenBuckets } from "./token-bucket";

describe("token buckets", () => {
  it("allows the burst, then refuses with the time until the next token", () => {
    const buckets = new TokenBuckets({ perSecond: 10, burst: 20 });
    const t = 1_000_000;
    for (let i = 0; i < 20; i++) expect(buckets.take("s1", t).ok).toBe(true);
    const refused = buckets.take("s1", t);
    expect(refused).toEqual({ ok: false, retryAfterMs: 100 });
  });

  it("refills at the steady rate and never beyond the burst", () => {
    const buckets = new TokenBuckets({ perSecond: 10, burst: 20 });
    const t = 1_000_000;
    for (let i = 0; i < 20; i++) buckets.take("s1", t);
    expect(buckets.take("s1", t + 100).ok).toBe(true);
    expect(buckets.take("s1", t + 100).ok).toBe(false);
    let allowed = 0;
    for (let i = 0; i < 100; i++) if (buckets.take("s1", t + 60_000).ok) allowed++;
    expect(allowed).toBe(20);
  });

  it("keeps sessions apart", () => {
    const buckets = new TokenBuckets({ perSecond: 1, burst: 1 });
    expect(buckets.take("a", 0).ok).toBe(true);
    expect(buckets.take("a", 0).ok).toBe(false);
    expect(buckets.take("b", 0).ok).toBe(true);
  });

  it("holds a sustained 200 req/s down to the configured rate", () => {
    const buckets = new TokenBuckets({ perSecond: 10, burst: 20 });
    let allowed = 0;
    for (let ms = 0; ms < 5_000; ms += 5) if (buckets.take("tab", 1_000 + ms).ok) allowed++;
    expect(allowed).toBeGreaterThanOrEqual(69);
    expect(allowed).toBeLessThanOrEqual(70);
  });
});

describe("token buckets charged by cost", () => {
  it("lets a request dearer than the burst through from a bucket with a token, then holds the caller until the debt is paid", () => {
    const buckets = new TokenBuckets({ perSecond: 10, burst: 20 });
    const t = 1_000_000;
    expect(buckets.take("s", t, 100).ok).toBe(true);
    const refused = buckets.take("s", t, 1);
    expect(refused).toEqual({ ok: false, retryAfterMs: 8_100 });
    expect(buckets.take("s", t + 8_100, 1).ok).toBe(true);
  });

  it("charges every token: five calls of cost 4 spend what twenty of cost 1 would", () => {
    const buckets = new TokenBuckets({ perSecond: 1, burst: 20 });
    for (let i = 0; i < 5; i++) expect(buckets.take("s", 0, 4).ok).toBe(true);
    expect(buckets.take("s", 0, 1).ok).toBe(false);
  });
});
