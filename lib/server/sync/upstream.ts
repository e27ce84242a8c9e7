import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { isErrorEnvelope } from "@/lib/intercom/errors";
import { limitSettings } from "../env";
import { callIntercom, type CallOptions, type UpstreamResponse } from "../intercom/client";

/**
 * The sync's own pace: at most `share` of Lens's upstream budget (itself a share of Intercom's
 * per-10-second limit), so browsing keeps the rest while a backfill runs. The limit is learnt from
 * X-RateLimit-Limit as answers arrive; a 429 waits for X-RateLimit-Reset and tries again.
 */

const WINDOW_SECONDS = 10;
const MAX_429_RETRIES = 5;
const MAX_RESET_WAIT_MS = 60_000;

export class SyncUpstreamError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "SyncUpstreamError";
  }
}

export type Call = (options: Omit<CallOptions, "ttlMs">) => Promise<UpstreamResponse>;

export class SyncBudget {
  private limit: number;
  private limiter: RateLimiterMemory;
  /** Upstream calls made through this budget. */
  calls = 0;

  constructor(
    private readonly share: number,
    private readonly lensShare = limitSettings().upstreamShare,
    assumedLimit = limitSettings().upstreamAssumedLimit,
    private readonly send: (options: CallOptions) => Promise<UpstreamResponse> = callIntercom,
  ) {
    this.limit = assumedLimit;
    this.limiter = this.makeLimiter();
  }

  /** Calls the sync may start per 10-second window. */
  get perWindow(): number {
    return Math.max(1, Math.floor(this.limit * this.lensShare * this.share));
  }

  private makeLimiter(): RateLimiterMemory {
    return new RateLimiterMemory({ points: this.perWindow, duration: WINDOW_SECONDS });
  }

  private async acquire(): Promise<void> {
    for (;;) {
      try {
        await this.limiter.consume("sync");
        return;
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) throw e;
        await sleep(Math.max(10, e.msBeforeNext));
      }
    }
  }

  private learn(res: UpstreamResponse): void {
    const limit = Number(res.rateLimit["x-ratelimit-limit"]);
    if (Number.isInteger(limit) && limit > 0 && limit !== this.limit) {
      const before = this.perWindow;
      this.limit = limit;
      if (this.perWindow !== before) this.limiter = this.makeLimiter();
    }
  }

  /** One upstream call, never cached; a non-2xx answer other than 429 throws SyncUpstreamError. */
  call: Call = async (options) => {
    for (let attempt = 0; ; attempt++) {
      await this.acquire();
      this.calls++;
      const res = await this.send({ ...options, ttlMs: 0 });
      this.learn(res);
      if (res.status === 429 && attempt < MAX_429_RETRIES) {
        await sleep(resetWait(res));
        continue;
      }
      if (res.status < 200 || res.status >= 300) throw new SyncUpstreamError(res.status, describe(res));
      return res;
    }
  };
}

function resetWait(res: UpstreamResponse): number {
  const reset = Number(res.rateLimit["x-ratelimit-reset"]);
  const wait = Number.isFinite(reset) && reset > 0 ? reset * 1000 - Date.now() : 2_000;
  return Math.min(MAX_RESET_WAIT_MS, Math.max(500, wait)) + Math.random() * 250;
}

/** The answer's JSON, read from its text (the client's contract is the text). */
export function bodyOf<T>(res: UpstreamResponse): T {
  try {
    return JSON.parse(res.text) as T;
  } catch {
    throw new SyncUpstreamError(res.status, "Intercom sent a response that is not valid JSON.");
  }
}

function describe(res: UpstreamResponse): string {
  let body: unknown;
  try {
    body = JSON.parse(res.text);
  } catch {
    body = null;
  }
  const first = isErrorEnvelope(body) ? body.errors[0] : undefined;
  return `Intercom answered ${res.status}${first?.message ? `: ${first.message}` : ""}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
