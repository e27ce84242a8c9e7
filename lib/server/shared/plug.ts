import "server-only";
import { sharedStateSettings, type IntercomSettings } from "../env";
import type { CachedAnswer, ResponseCache } from "../intercom/cache";
import type { Coalescer } from "../intercom/coalesce";
import type { UpstreamBudget } from "../intercom/governor";
import type { RevocationList } from "../auth/revocation";
import type { RequestLimiter } from "../rate-limit/limiter";
import { SharedBudget } from "./budget";
import { SharedKeyLimiter } from "./key-limiter";
import { sharedRedis } from "./redis";
import { SharedRevocations } from "./revocations";
import { SharedCoalescer } from "./shared-coalescer";
import { TieredResponseCache } from "./tiered-cache";

/**
 * The shared versions of the client's cache and coalescer, the governor's budget, the callers'
 * limiter and the revocation list, each null when REDIS_URL is unset (the in-process ones then
 * stay, exactly as before).
 */

export function sharedClientParts(settings: IntercomSettings, memory: ResponseCache, toResponse: (answer: CachedAnswer) => unknown): { cache: ResponseCache; coalescer: Coalescer } | null {
  const redis = sharedRedis();
  if (!redis) return null;
  // Demo and live answers, and different workspaces' hosts, never share keys.
  const cache = new TieredResponseCache(memory, redis, `${settings.mode} ${settings.baseUrl}`);
  return { cache, coalescer: new SharedCoalescer(redis, cache, toResponse) };
}

export function sharedUpstreamBudget(options: { share: number; assumedLimit: number }): UpstreamBudget | null {
  const redis = sharedRedis();
  return redis ? new SharedBudget(redis, { ...options, instances: sharedStateSettings().instances }) : null;
}

export function sharedCallerLimiter(options: { perSecond: number; burst: number }): RequestLimiter | null {
  const redis = sharedRedis();
  return redis ? new SharedKeyLimiter(redis, { name: "caller", ...options }) : null;
}

export function sharedRevocationList(): RevocationList | null {
  const redis = sharedRedis();
  return redis ? new SharedRevocations(redis) : null;
}
