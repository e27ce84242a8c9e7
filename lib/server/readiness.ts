import "server-only";
import { sharedRedis, type SharedRedis } from "./shared/redis";

/**
 * Readiness: whether this instance should get traffic. Redis being down does not stop Lens (each
 * instance falls back to its own state), so it makes the answer "degraded", not "not ready". A
 * dependency Lens cannot serve without (the store, once it exists) makes it "not ready".
 */

export interface CheckResult {
  name: string;
  status: "ok" | "down" | "off";
  /** Whether Lens can serve without it. */
  required: boolean;
  reason?: string;
  latencyMs?: number;
}

export type ReadinessCheck = () => Promise<CheckResult>;

export interface Readiness {
  status: "ready" | "degraded" | "not_ready";
  checks: CheckResult[];
}

export function redisCheck(redis: SharedRedis | null): ReadinessCheck {
  return async () => {
    if (!redis) return { name: "redis", status: "off", required: false, reason: "REDIS_URL is not set: state stays in this process." };
    const health = await redis.health();
    return { name: "redis", required: false, ...health, ...(health.status === "down" ? { reason: `Redis is unreachable (${health.reason}); this instance uses its own cache and a local share of the budget.` } : {}) };
  };
}

/** The checks this deployment runs. The store adds its own here when it lands (lib/server/store's getStore()). */
export function readinessChecks(): ReadinessCheck[] {
  return [redisCheck(sharedRedis())];
}

export async function readiness(checks: ReadinessCheck[] = readinessChecks()): Promise<Readiness> {
  const results = await Promise.all(checks.map((check) => check()));
  const down = results.filter((r) => r.status === "down");
  const status = down.some((r) => r.required) ? "not_ready" : down.length > 0 ? "degraded" : "ready";
  return { status, checks: results };
}
