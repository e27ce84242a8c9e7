import "server-only";
import { limitSettings } from "../env";

/**
 * Process-wide pace for calls to Intercom. Intercom counts calls per app in 10-second windows
 * (X-RateLimit-Limit per window, X-RateLimit-Remaining, X-RateLimit-Reset in epoch seconds). Lens
 * keeps its own calls under `share` of that limit, so other integrations on the workspace keep
 * room, and when the headers show the window nearly spent (another Lens replica, another app on
 * the same token) it waits for the reset instead of being refused with a 429.
 */

export interface GovernorOptions {
  /** Share of Intercom's limit Lens may use, 0–1. */
  share: number;
  /** Calls per window assumed until Intercom's headers say otherwise. */
  assumedLimit: number;
  windowMs?: number;
  now?: () => number;
}

export type HeaderReader = (name: string) => string | undefined;

const WINDOW_MS = 10_000;
/** The longest Lens ever holds a call back. */
const MAX_WAIT_MS = 10_000;
/** Below this share of the limit left in Intercom's window, stop and wait for the reset. */
const LOW_WATER = 0.1;

export class UpstreamGovernor {
  private limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  /** Start times of Lens's calls inside the current sliding window, oldest first. */
  private sent: number[] = [];
  private upstream: { remaining: number; resetAt: number } | null = null;
  private lastSlowLog = 0;

  constructor(private readonly options: GovernorOptions) {
    this.limit = Math.max(1, options.assumedLimit);
    this.windowMs = options.windowMs ?? WINDOW_MS;
    this.now = options.now ?? Date.now;
  }

  /** Calls Lens allows itself per window. */
  get budget(): number {
    return Math.max(1, Math.floor(this.limit * this.options.share));
  }

  /** Milliseconds to wait before the next call may start; 0 means now. */
  delay(): number {
    const now = this.now();
    if (this.upstream && now >= this.upstream.resetAt) this.upstream = null;
    if (this.upstream && this.upstream.remaining <= Math.max(1, Math.ceil(this.limit * LOW_WATER))) {
      return Math.min(MAX_WAIT_MS, Math.max(1, this.upstream.resetAt - now));
    }
    while (this.sent.length > 0 && this.sent[0]! <= now - this.windowMs) this.sent.shift();
    if (this.sent.length < this.budget) return 0;
    return Math.min(MAX_WAIT_MS, Math.max(1, this.sent[0]! + this.windowMs - now));
  }

  /** Waits for a slot, then counts the call. Rejects when `signal` aborts first (the caller's deadline). */
  async acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const wait = this.delay();
      if (wait <= 0) break;
      this.noteSlowdown(wait);
      await sleep(wait, signal);
    }
    this.sent.push(this.now());
    // Count the call against Intercom's window too, so a burst cannot all pass on one stale reading.
    if (this.upstream) this.upstream.remaining -= 1;
  }

  /** Learns Intercom's limit and the state of its window from a response. */
  observe(header: HeaderReader, status: number): void {
    const limit = Number(header("x-ratelimit-limit"));
    const remaining = Number(header("x-ratelimit-remaining"));
    const reset = Number(header("x-ratelimit-reset"));
    if (Number.isInteger(limit) && limit > 0) this.limit = limit;
    const now = this.now();
    const resetAt = reset * 1000;
    // Intercom's windows are 10 s long: a reset in the past or far in the future is skew or a bogus header, not a reason to stall.
    if (!Number.isFinite(resetAt) || resetAt <= now || resetAt > now + MAX_WAIT_MS + 1_000) return;
    const left = status === 429 ? 0 : Number.isInteger(remaining) && remaining >= 0 ? remaining : null;
    if (left === null) return;
    this.upstream = { remaining: left, resetAt };
  }

  private noteSlowdown(wait: number): void {
    const now = this.now();
    if (now - this.lastSlowLog < this.windowMs) return;
    this.lastSlowLog = now;
    console.warn(JSON.stringify({ level: "warn", msg: "intercom pace: holding calls back", waitMs: Math.round(wait), budgetPerWindow: this.budget, upstreamRemaining: this.upstream?.remaining ?? null }));
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(signal?.reason ?? new Error("aborted"));
    }
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

let shared: UpstreamGovernor | undefined;

/** The one governor of this process: every live call to Intercom goes through it. */
export function upstreamGovernor(): UpstreamGovernor {
  if (!shared) {
    const { upstreamShare, upstreamAssumedLimit } = limitSettings();
    shared = new UpstreamGovernor({ share: upstreamShare, assumedLimit: upstreamAssumedLimit });
  }
  return shared;
}
