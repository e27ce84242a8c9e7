import "server-only";
import { log } from "./log";
import { sharedRedis, type SharedRedis } from "./shared/redis";
import { storeHealth, type StoreHealth } from "./store";

/**
 * Readiness: whether this instance should get traffic. Redis being down does not stop Lens (each
 * instance falls back to its own state), so it makes the answer "degraded", not "not ready". The store
 * is required: without it the audit log, reports and sync stop, so the balancer should prefer an
 * instance that has it.
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
    return {
      name: "redis",
      required: false,
      ...health,
      ...(health.status === "down" ? { reason: `Redis is unreachable (${health.reason}); this instance uses its own cache and a local share of the budget.` } : {}),
    };
  };
}

export function storeCheck(health: () => Promise<StoreHealth> = storeHealth): ReadinessCheck {
  return async () => {
    const started = performance.now();
    const h = await health();
    const latencyMs = Math.round(performance.now() - started);
    // The probe is public: the reason stays in the server's log, not in the answer.
    if (h.status !== "ok") log.warn({ event: "store_down", store: h.name, reason: h.reason }, "store check failed");
    return h.status === "ok"
      ? { name: "store", status: "ok", required: true, latencyMs }
      : { name: "store", status: "down", required: true, latencyMs, reason: "The store does not answer (details in the server log): the audit log, reports and sync are unavailable." };
  };
}

/** The checks this deployment runs. */
export function readinessChecks(): ReadinessCheck[] {
  return [redisCheck(sharedRedis()), storeCheck()];
}

export async function readiness(checks: ReadinessCheck[] = readinessChecks()): Promise<Readiness> {
  const results = await Promise.all(checks.map((check) => check()));
  const down = results.filter((r) => r.status === "down");
  const status = down.some((r) => r.required) ? "not_ready" : down.length > 0 ? "degraded" : "ready";
  return { status, checks: results };
}
