import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { isErrorEnvelope } from "@/lib/intercom/errors";
import { limitSettings } from "../env";
import { callIntercom, UpstreamFailure, type CallOptions, type UpstreamResponse } from "../intercom/client";

/**
 * The sync's own pace: at most `share` of Lens's upstream budget (itself a share of Intercom's
 * per-10-second limit), so browsing keeps the rest while a backfill runs. The limit is learnt from
 * X-RateLimit-Limit as answers arrive; a 429 waits for X-RateLimit-Reset and tries again.
 */

/**
 * Intercom counts 10-second windows that Lens cannot see the edges of, so the sync paces itself in
 * 1-second slots of a tenth-and-a-bit of its window's calls: any 10 seconds then span at most 11
 * slots, which stay inside the share. A call's weight follows the learnt limit, so learning it never
 * forgets the calls already counted.
 */
const SLOTS_PER_WINDOW = 11;
const SLOT_UNITS = 1_000_000;
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
  private readonly limiter = new RateLimiterMemory({ points: SLOT_UNITS, duration: 1 });
  /** Upstream calls made through this budget. */
  calls = 0;

  constructor(
    private readonly share: number,
    private readonly lensShare = limitSettings().upstreamShare,
    assumedLimit = limitSettings().upstreamAssumedLimit,
    private readonly send: (options: CallOptions) => Promise<UpstreamResponse> = callIntercom,
  ) {
    this.limit = assumedLimit;
  }

  /** Calls the sync may start per 10-second window. */
  get perWindow(): number {
    return Math.max(1, Math.floor(this.limit * this.lensShare * this.share));
  }

  /** Units one call takes from its 1-second slot. */
  private get weight(): number {
    return Math.ceil((SLOT_UNITS * SLOTS_PER_WINDOW) / this.perWindow);
  }

  private async acquire(): Promise<void> {
    for (;;) {
      try {
        await this.limiter.consume("sync", this.weight);
        return;
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) throw e;
        await sleep(Math.max(10, e.msBeforeNext));
      }
    }
  }

  private learn(res: UpstreamResponse): void {
    const limit = Number(res.rateLimit["x-ratelimit-limit"]);
    if (Number.isInteger(limit) && limit > 0) this.limit = limit;
  }

  /** One upstream call, never cached; a non-2xx answer other than 429 throws SyncUpstreamError. */
  call: Call = async (options) => {
    for (let attempt = 0; ; attempt++) {
      await this.acquire();
      this.calls++;
      let res: UpstreamResponse;
      try {
        // One caller in the governor's turn-taking, so browsing sessions get their turns beside the sync.
        res = await this.send({ ...options, ttlMs: 0, caller: "sync" });
      } catch (e) {
        // The governor's queue is full of people browsing: they come first, the sync tries again shortly.
        if (e instanceof UpstreamFailure && e.kind === "busy") {
          await sleep(1_000);
          continue;
        }
        throw e;
      }
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
