import "server-only";
import { limitSettings } from "../env";
import { sharedUpstreamBudget } from "../shared/plug";

/**
 * Process-wide pace for calls to Intercom. Intercom counts calls per app in 10-second windows
 * (X-RateLimit-Limit per window, X-RateLimit-Remaining, X-RateLimit-Reset in epoch seconds). Lens
 * keeps its own calls under `share` of that limit, so other integrations on the workspace keep
 * room; when the headers show the window nearly spent it waits for the reset, and a 429 pauses
 * every call until the reset Intercom names, instead of sending calls that would be refused too.
 *
 * Two parts: the budget (how many calls may start, and when) sits behind UpstreamBudget so
 * instances can share it; the queue in front of it is per process and fair: callers (sessions,
 * client addresses) take turns, and a call that would wait longer than the wait limit is refused
 * at once with the time to retry, instead of timing out behind someone else's burst.
 */

/** What one answer's X-RateLimit-* headers say. */
export interface RateLimitReading {
  status: number;
  limit?: number;
  remaining?: number;
  /** Epoch milliseconds. */
  resetAt?: number;
}

export interface UpstreamBudget {
  /** Calls Lens allows itself per window. */
  readonly perWindow: number;
  readonly windowMs: number;
  /** Counts one call and resolves 0 when it may start now; otherwise the milliseconds until one may (nothing counted). */
  reserve(): Promise<number>;
  observe(reading: RateLimitReading): Promise<void>;
}

export interface BudgetOptions {
  /** Share of Intercom's limit Lens may use, 0–1. */
  share: number;
  /** Calls per window assumed until Intercom's headers say otherwise. */
  assumedLimit: number;
  windowMs?: number;
  now?: () => number;
}

const WINDOW_MS = 10_000;
/** Below this share of the limit left in Intercom's window, stop and wait for the reset. */
const LOW_WATER = 0.1;
/** Longest pause a 429 may impose; a reset further away is a bogus header, not a reason to stall. */
const MAX_PAUSE_MS = 120_000;

/** The budget of this process alone: a sliding window of Lens's own calls plus Intercom's last reading. */
export class MemoryBudget implements UpstreamBudget {
  readonly windowMs: number;
  private limit: number;
  private readonly now: () => number;
  /** Start times of Lens's calls inside the sliding window, oldest first. */
  private sent: number[] = [];
  private upstream: { remaining: number; resetAt: number } | null = null;
  private pausedUntil = 0;

  constructor(private readonly options: BudgetOptions) {
    this.limit = Math.max(1, options.assumedLimit);
    this.windowMs = options.windowMs ?? WINDOW_MS;
    this.now = options.now ?? Date.now;
  }

  get perWindow(): number {
    return Math.max(1, Math.floor(this.limit * this.options.share));
  }

  /** Milliseconds until the next call may start; 0 means now. */
  delay(): number {
    const now = this.now();
    if (now < this.pausedUntil) return this.pausedUntil - now;
    if (this.upstream && now >= this.upstream.resetAt) this.upstream = null;
    if (this.upstream && this.upstream.remaining <= Math.max(1, Math.ceil(this.limit * LOW_WATER))) return Math.max(1, this.upstream.resetAt - now);
    while (this.sent.length > 0 && this.sent[0]! <= now - this.windowMs) this.sent.shift();
    if (this.sent.length < this.perWindow) return 0;
    return Math.max(1, this.sent[0]! + this.windowMs - now);
  }

  async reserve(): Promise<number> {
    const wait = this.delay();
    if (wait > 0) return wait;
    this.sent.push(this.now());
    // Count the call against Intercom's window too, so a burst cannot all pass on one stale reading.
    if (this.upstream) this.upstream.remaining -= 1;
    return 0;
  }

  async observe({ status, limit, remaining, resetAt }: RateLimitReading): Promise<void> {
    if (limit !== undefined && Number.isInteger(limit) && limit > 0) this.limit = limit;
    const now = this.now();
    if (resetAt === undefined || !Number.isFinite(resetAt) || resetAt <= now) return;
    if (status === 429) {
      if (resetAt <= now + MAX_PAUSE_MS) this.pausedUntil = Math.max(this.pausedUntil, resetAt);
      return;
    }
    // Intercom's windows are 10 s long: a reading further out than that is skew, not a reason to slow down.
    if (resetAt > now + this.windowMs + 1_000) return;
    if (remaining === undefined || !Number.isInteger(remaining) || remaining < 0) return;
    this.upstream = { remaining, resetAt };
  }
}

/** The queue would hold this call longer than the wait limit: answer 503 with Retry-After now. */
export class GovernorBusy extends Error {
  constructor(readonly retryAfterMs: number) {
    super("Lens is holding calls to Intercom back to stay inside its rate limit.");
    this.name = "GovernorBusy";
  }
}

export type HeaderReader = (name: string) => string | undefined;

export interface GovernorOptions {
  /** Longest a call may wait for its turn; past it the call is refused with GovernorBusy. */
  maxWaitMs: number;
  now?: () => number;
}

interface Waiter {
  lane: string;
  admittedAt: number;
  resolve(): void;
  reject(e: unknown): void;
}

export class UpstreamGovernor {
  /** One FIFO per caller; Map order is the turn order (a served lane moves to the back). */
  private readonly lanes = new Map<string, Waiter[]>();
  private queued = 0;
  private pumping = false;
  private timer: NodeJS.Timeout | undefined;
  /** When the budget last said the next call may start. */
  private openAt = 0;
  private readonly now: () => number;
  private lastSlowLog = 0;

  constructor(
    readonly budget: UpstreamBudget,
    private readonly options: GovernorOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** Calls waiting for their turn. */
  get waiting(): number {
    return this.queued;
  }

  /**
   * Waits for this caller's turn and a slot in the budget. Rejects with GovernorBusy when the wait
   * would pass the limit, or with the signal's reason when the caller's deadline passes first.
   */
  acquire(lane = "server", signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const estimate = this.estimate(this.queued);
    if (estimate > this.options.maxWaitMs) return Promise.reject(this.busy(estimate));
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { lane, admittedAt: this.now(), resolve: () => settle(resolve), reject: (e) => settle(() => reject(e)) };
      const expire = setTimeout(() => {
        this.remove(waiter);
        waiter.reject(this.busy(this.estimate(this.queued)));
      }, this.options.maxWaitMs);
      const onAbort = () => {
        this.remove(waiter);
        waiter.reject(signal?.reason ?? new Error("aborted"));
      };
      let settled = false;
      function settle(fn: () => void) {
        if (settled) return;
        settled = true;
        clearTimeout(expire);
        signal?.removeEventListener("abort", onAbort);
        fn();
      }
      signal?.addEventListener("abort", onAbort, { once: true });
      const queue = this.lanes.get(lane);
      if (queue) queue.push(waiter);
      else this.lanes.set(lane, [waiter]);
      this.queued++;
      void this.pump();
    });
  }

  /** Learns Intercom's limit and the state of its window from a response. */
  observe(header: HeaderReader, status: number): Promise<void> {
    const num = (name: string) => {
      const raw = header(name);
      const n = raw === undefined || raw === "" ? NaN : Number(raw);
      return Number.isFinite(n) ? n : undefined;
    };
    const reset = num("x-ratelimit-reset");
    return this.budget.observe({ status, limit: num("x-ratelimit-limit"), remaining: num("x-ratelimit-remaining"), resetAt: reset === undefined ? undefined : reset * 1000 });
  }

  /** How long a call behind `ahead` others would wait: the budget's own wait, then one slot each. */
  private estimate(ahead: number): number {
    const opensIn = Math.max(0, this.openAt - this.now());
    return opensIn + ahead * (this.budget.windowMs / this.budget.perWindow);
  }

  private busy(estimate: number): GovernorBusy {
    return new GovernorBusy(Math.max(1_000, Math.ceil(estimate / 1000) * 1000));
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.queued > 0) {
        const wait = await this.budget.reserve();
        if (wait > 0) {
          this.openAt = this.now() + wait;
          this.shed();
          this.noteSlowdown(wait);
          clearTimeout(this.timer);
          this.timer = setTimeout(() => void this.pump(), wait);
          this.timer.unref();
          return;
        }
        this.openAt = 0;
        this.next()?.resolve();
      }
    } finally {
      this.pumping = false;
    }
  }

  /** The budget just said "not before openAt": refuse now whoever would then wait past the limit. */
  private shed(): void {
    let position = 0;
    for (const queue of this.lanes.values()) {
      for (const waiter of [...queue]) {
        const wouldStart = this.now() + this.estimate(position);
        if (wouldStart - waiter.admittedAt > this.options.maxWaitMs) {
          this.remove(waiter);
          waiter.reject(this.busy(wouldStart - this.now()));
        } else position++;
      }
    }
  }

  private next(): Waiter | undefined {
    for (const [lane, queue] of this.lanes) {
      const waiter = queue.shift();
      this.lanes.delete(lane);
      if (queue.length > 0) this.lanes.set(lane, queue);
      if (waiter) {
        this.queued--;
        return waiter;
      }
    }
    return undefined;
  }

  private remove(waiter: Waiter): void {
    const queue = this.lanes.get(waiter.lane);
    const i = queue?.indexOf(waiter) ?? -1;
    if (!queue || i < 0) return;
    queue.splice(i, 1);
    this.queued--;
    if (queue.length === 0) this.lanes.delete(waiter.lane);
  }

  private noteSlowdown(wait: number): void {
    const now = this.now();
    if (now - this.lastSlowLog < 10_000) return;
    this.lastSlowLog = now;
    console.warn(JSON.stringify({ level: "warn", msg: "intercom pace: holding calls back", waitMs: Math.round(wait), budgetPerWindow: this.budget.perWindow, waiting: this.queued }));
  }
}

let shared: UpstreamGovernor | undefined;

/** The one governor of this process: every live call to Intercom goes through it. */
export function upstreamGovernor(): UpstreamGovernor {
  if (!shared) {
    const { upstreamShare, upstreamAssumedLimit, upstreamMaxWaitMs } = limitSettings();
    const budget = { share: upstreamShare, assumedLimit: upstreamAssumedLimit };
    // With REDIS_URL set, one budget for all instances; the fair queue stays per process.
    shared = new UpstreamGovernor(sharedUpstreamBudget(budget) ?? new MemoryBudget(budget), { maxWaitMs: upstreamMaxWaitMs });
  }
  return shared;
}

/** Test seam, and where a shared budget is plugged in. */
export function setUpstreamGovernor(governor: UpstreamGovernor | undefined): void {
  shared = governor;
}
