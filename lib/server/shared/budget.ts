import "server-only";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { RateLimitReading, UpstreamBudget } from "../intercom/governor";
import { KEY_PREFIX } from "./response-cache";
import type { SharedRedis } from "./redis";

/**
 * One upstream budget for every instance: the calls per window Lens allows itself (its share of
 * Intercom's X-RateLimit-Limit) are counted in Redis, and a pause (after a 429 or a nearly spent
 * window) is one key every instance honours. While Redis is unreachable each instance counts
 * locally against budget ÷ instances, so together they still stay inside it.
 */

export interface SharedBudgetOptions {
  /** Share of Intercom's limit Lens may use, 0–1. */
  share: number;
  /** Calls per window assumed until Intercom's headers say otherwise. */
  assumedLimit: number;
  /** Instances expected; each one's local budget while Redis is down. */
  instances: number;
  windowMs?: number;
  now?: () => number;
}

const LIMITER_KEY = "upstream";
export const PAUSE_KEY = `${KEY_PREFIX}:budget:paused-until`;
/** Below this share of the limit left in Intercom's window, every instance waits for the reset. */
const LOW_WATER = 0.1;
/** Longest pause a 429 may impose; a reset further away is a bogus header, not a reason to stall. */
const MAX_PAUSE_MS = 120_000;

export class SharedBudget implements UpstreamBudget {
  readonly windowMs: number;
  private redisLimiter!: RateLimiterRedis;
  private localLimiter!: RateLimiterMemory;
  private limit = 0;
  private localPauseUntil = 0;
  private readonly now: () => number;

  constructor(
    private readonly redis: SharedRedis,
    private readonly options: SharedBudgetOptions,
  ) {
    this.windowMs = Math.max(1, Math.round((options.windowMs ?? 10_000) / 1000)) * 1000;
    this.now = options.now ?? Date.now;
    this.setLimit(options.assumedLimit);
  }

  /** Calls per window for all instances together. */
  get perWindow(): number {
    return Math.max(1, Math.floor(this.limit * this.options.share));
  }

  /** This instance's part while Redis is unreachable. */
  get localBudget(): number {
    return Math.max(1, Math.floor(this.perWindow / Math.max(1, this.options.instances)));
  }

  /** Intercom told us its limit: rebuild the counters for the new budget (a new window starts). */
  private setLimit(limit: number): void {
    if (limit === this.limit) return;
    this.limit = Math.max(1, limit);
    const points = this.perWindow;
    const duration = this.windowMs / 1000;
    this.localLimiter = new RateLimiterMemory({ points: this.localBudget, duration, keyPrefix: `${KEY_PREFIX}:budget-local` });
    this.redisLimiter = new RateLimiterRedis({
      storeClient: this.redis.client,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      points,
      duration,
      keyPrefix: `${KEY_PREFIX}:budget:${points}`,
      insuranceLimiter: this.localLimiter,
    });
  }

  async reserve(): Promise<number> {
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

  async observe({ status, limit, remaining, resetAt }: RateLimitReading): Promise<void> {
    if (limit !== undefined && Number.isInteger(limit) && limit > 0) this.setLimit(limit);
    const now = this.now();
    if (resetAt === undefined || !Number.isFinite(resetAt) || resetAt <= now) return;
    if (status === 429) {
      if (resetAt <= now + MAX_PAUSE_MS) await this.pause(resetAt);
      return;
    }
    // Intercom's windows are 10 s long: a reading further out than that is skew, not a reason to slow down.
    if (resetAt > now + this.windowMs + 1_000) return;
    if (remaining !== undefined && Number.isInteger(remaining) && remaining >= 0 && remaining <= Math.max(1, Math.ceil(this.limit * LOW_WATER))) await this.pause(resetAt);
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
