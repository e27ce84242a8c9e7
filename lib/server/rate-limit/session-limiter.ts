import "server-only";
import { limitSettings } from "../env";
import { errorResponse } from "../http";
import { TokenBuckets } from "./token-bucket";

/** The per-session limit on /api/*: one stuck tab cannot spend the workspace's Intercom budget. */

let buckets: TokenBuckets | null | undefined;

function sessionBuckets(): TokenBuckets | null {
  if (buckets === undefined) {
    const { sessionPerSecond, sessionBurst } = limitSettings();
    buckets = sessionPerSecond > 0 ? new TokenBuckets({ perSecond: sessionPerSecond, burst: sessionBurst }) : null;
  }
  return buckets;
}

/** Null when the request may go on; otherwise the 429 to send, in Intercom's envelope. */
export function limitSession(sessionId: string): Response | null {
  const limiter = sessionBuckets();
  if (!limiter) return null;
  const result = limiter.take(sessionId);
  if (result.ok) return null;
  const seconds = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
  return errorResponse(429, "rate_limit_exceeded", "Too many requests from this session. Lens slows a single tab down so it cannot use up the workspace's Intercom rate limit; try again in a moment.", {
    headers: { "retry-after": String(seconds) },
  });
}
