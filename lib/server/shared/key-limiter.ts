import "server-only";
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { createHash } from "node:crypto";
import type { RequestLimiter } from "../rate-limit/limiter";
import type { TakeResult } from "../rate-limit/token-bucket";
import { KEY_PREFIX } from "./response-cache";
import type { SharedRedis } from "./redis";

/**
 * Per-caller limits (a session, a client address) counted across instances: a steady rate per
 * second with a burst on top, as the in-process token buckets allow. Keys in Redis are hashed (a
 * session id is a secret). While Redis is unreachable each instance counts on its own.
 */

export interface KeyLimiterOptions {
  /** Names the limiter in Redis, e.g. "session" or "address". */
  name: string;
  perSecond: number;
  burst: number;
}

export class SharedKeyLimiter implements RequestLimiter {
  private readonly shared: BurstyRateLimiter;
  private readonly local: BurstyRateLimiter;

  constructor(
    private readonly redis: SharedRedis,
    options: KeyLimiterOptions,
  ) {
    const prefix = `${KEY_PREFIX}:limit:${options.name}`;
    const burstSeconds = Math.max(1, Math.round(options.burst / Math.max(1, options.perSecond)));
    const memory = (keyPrefix: string, points: number, duration: number) => new RateLimiterMemory({ keyPrefix, points, duration });
    const stored = (keyPrefix: string, points: number, duration: number, insuranceLimiter: RateLimiterAbstract) =>
      new RateLimiterRedis({ storeClient: redis.client, useRedisPackage: true, rejectIfRedisNotReady: true, keyPrefix, points, duration, insuranceLimiter });
    const steady = memory(`${prefix}:rate`, options.perSecond, 1);
    const burst = memory(`${prefix}:burst`, options.burst, burstSeconds);
    this.local = new BurstyRateLimiter(steady, burst);
    this.shared = new BurstyRateLimiter(stored(`${prefix}:rate`, options.perSecond, 1, steady), stored(`${prefix}:burst`, options.burst, burstSeconds, burst));
  }

  /** Spends `cost` points of `key`'s allowance. */
  async charge(key: string, cost = 1): Promise<TakeResult> {
    const hashed = createHash("sha256").update(key).digest("hex").slice(0, 32);
    try {
      const res = await (this.redis.usable ? this.shared : this.local).consume(hashed, cost);
      return { ok: true, remaining: res.remainingPoints };
    } catch (e) {
      if (e instanceof RateLimiterRes) return { ok: false, retryAfterMs: Math.max(1, e.msBeforeNext) };
      throw e;
    }
  }
}
