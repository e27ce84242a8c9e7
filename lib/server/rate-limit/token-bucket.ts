import { LRUCache } from "lru-cache";

/**
 * Token buckets keyed by caller: each key may spend `burst` tokens at once and then `perSecond`
 * on average. A request costs as many tokens as the upstream calls it can cause; it goes through
 * while the bucket holds a token, and one dearer than what is left leaves the bucket in debt, so
 * the caller then waits for all it spent. Buckets live in a bounded LRU, so a flood of new keys cannot grow memory.
 */

export interface BucketOptions {
  perSecond: number;
  burst: number;
  maxKeys?: number;
}

export type TakeResult = { ok: true; remaining: number } | { ok: false; retryAfterMs: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class TokenBuckets {
  private readonly buckets: LRUCache<string, Bucket>;

  constructor(private readonly options: BucketOptions) {
    // A bucket idle long enough to refill completely is the same as no bucket: let it expire.
    const refillMs = Math.ceil((options.burst / Math.max(options.perSecond, 0.001)) * 1000);
    this.buckets = new LRUCache<string, Bucket>({ max: options.maxKeys ?? 10_000, ttl: Math.max(1_000, refillMs), ttlAutopurge: false });
  }

  take(key: string, now = Date.now(), cost = 1): TakeResult {
    const { perSecond, burst } = this.options;
    const bucket = this.buckets.get(key) ?? { tokens: burst, updatedAt: now };
    const elapsed = Math.max(0, now - bucket.updatedAt) / 1000;
    bucket.tokens = Math.min(burst, bucket.tokens + elapsed * perSecond);
    bucket.updatedAt = now;
    const needed = Math.min(cost, 1);
    if (bucket.tokens >= needed) {
      bucket.tokens -= cost;
      // A bucket in debt must outlive its TTL until the debt is paid.
      this.buckets.set(key, bucket, { ttl: Math.max(1_000, Math.ceil(((burst - bucket.tokens) / perSecond) * 1000)) });
      return { ok: true, remaining: Math.max(0, Math.floor(bucket.tokens)) };
    }
    this.buckets.set(key, bucket, { ttl: Math.max(1_000, Math.ceil(((burst - bucket.tokens) / perSecond) * 1000)) });
    return { ok: false, retryAfterMs: Math.ceil(((needed - bucket.tokens) / perSecond) * 1000) };
  }
}
