import "server-only";
import { limitSettings } from "../env";
import { errorResponse } from "../http";
import { sharedCallerLimiter } from "../shared/plug";
import { MemoryLimiter, type RequestLimiter } from "./limiter";

/**
 * The limit per caller on /api/*: one stuck tab, or one person, cannot spend the workspace's
 * Intercom budget. Every request costs one; routes that fan out charge the rest of their cost
 * (insights: its articles, company-name lookups: the ids not cached, export: one running walk).
 */

let limiter: RequestLimiter | null | undefined;

function callerLimiter(): RequestLimiter | null {
  if (limiter === undefined) {
    const { sessionPerSecond, sessionBurst } = limitSettings();
    const options = { perSecond: sessionPerSecond, burst: sessionBurst };
    // With REDIS_URL set, a caller's requests count wherever they land.
    limiter = sessionPerSecond > 0 ? (sharedCallerLimiter(options) ?? new MemoryLimiter(options)) : null;
  }
  return limiter;
}

/** Test seam, and where a shared limiter is plugged in; null turns limiting off. */
export function setCallerLimiter(next: RequestLimiter | null | undefined): void {
  limiter = next;
}

/** Null when the request may go on; otherwise the 429 to send, in Intercom's envelope. */
export async function chargeCaller(caller: string, cost = 1): Promise<Response | null> {
  const active = callerLimiter();
  if (!active || cost <= 0) return null;
  const result = await active.charge(caller, cost);
  if (result.ok) return null;
  const seconds = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
  const what = caller.startsWith("addr:") ? "this address" : "this session";
  return errorResponse(
    429,
    "rate_limit_exceeded",
    `Too many requests to Intercom from ${what}. Lens limits each person so one cannot use up the workspace's Intercom rate limit; try again in ${seconds} s.`,
    { headers: { "retry-after": String(seconds) } },
  );
}
