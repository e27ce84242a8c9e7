import "server-only";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { KEY_PREFIX } from "./response-cache";
import type { SharedRedis } from "./redis";

/**
 * One upstream budget for every instance: the calls per window Lens allows itself (its share of
 * Intercom's X-RateLimit-Limit) are counted in Redis, and a pause (after a 429 or a nearly spent
 * window) is one key every instance honours. While Redis is unreachable each instance counts
 * locally against budget ÷ instances, so together they still stay inside it.
 */

export interface SharedBudgetOptions {
  /** Calls per window for all instances together. */
  perWindow: number;
  /** Instances expected; each one's local budget while Redis is down. */
  instances: number;
  windowMs?: number;
  now?: () => number;
}

const LIMITER_KEY = "upstream";
export const PAUSE_KEY = `${KEY_PREFIX}:budget:paused-until`;

export class SharedBudget {
  private redisLimiter!: RateLimiterRedis;
  private localLimiter!: RateLimiterMemory;
  private perWindow = 0;
  private localPauseUntil = 0;
  private readonly windowSeconds: number;
  private readonly now: () => number;

  constructor(
    private readonly redis: SharedRedis,
    private readonly options: SharedBudgetOptions,
  ) {
    this.windowSeconds = Math.max(1, Math.round((options.windowMs ?? 10_000) / 1000));
    this.now = options.now ?? Date.now;
    this.setPerWindow(options.perWindow);
  }

  get budget(): number {
    return this.perWindow;
  }

  /** The fallback's budget: this instance's part while Redis is unreachable. */
  get localBudget(): number {
    return Math.max(1, Math.floor(this.perWindow / Math.max(1, this.options.instances)));
  }

  /** Intercom told us its limit: rebuild the counters for the new budget (a window restarts). */
  setPerWindow(perWindow: number): void {
    const points = Math.max(1, Math.floor(perWindow));
    if (points === this.perWindow) return;
    this.perWindow = points;
    this.localLimiter = new RateLimiterMemory({ points: this.localBudget, duration: this.windowSeconds, keyPrefix: `${KEY_PREFIX}:budget-local` });
    this.redisLimiter = new RateLimiterRedis({
      storeClient: this.redis.client,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      points,
      duration: this.windowSeconds,
      keyPrefix: `${KEY_PREFIX}:budget:${points}`,
      insuranceLimiter: this.localLimiter,
    });
  }

  /** 0 when a call may start now (and it is counted); otherwise milliseconds to wait before asking again. */
  async take(): Promise<number> {
    const paused = (await this.pausedUntil()) - this.now();
    if (paused > 0) return paused;
    const limiter = this.redis.usable ? this.redisLimiter : this.localLimiter;
    try {
      await limiter.consume(LIMITER_KEY, 1);
      return 0;
    } catch (e) {
      if (e instanceof RateLimiterRes) return Math.max(1, e.msBeforeNext);
      throw e;
    }
  }

  /** Holds every instance's calls until `untilMs` (epoch ms). */
  async pause(untilMs: number): Promise<void> {
    const ms = Math.round(untilMs - this.now());
    if (ms <= 0) return;
    this.localPauseUntil = Math.max(this.localPauseUntil, untilMs);
    await this.redis.run((c) => c.set(PAUSE_KEY, String(Math.round(untilMs)), { expiration: { type: "PX", value: ms } }));
  }

  /** The latest pause any instance announced (or this one, when Redis cannot say). */
  async pausedUntil(): Promise<number> {
    const shared = Number(await this.redis.run((c) => c.get(PAUSE_KEY)));
    return Math.max(this.localPauseUntil, Number.isFinite(shared) ? shared : 0);
  }
}
