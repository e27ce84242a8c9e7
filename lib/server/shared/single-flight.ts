import "server-only";
import { KEY_PREFIX, SharedResponseCache } from "./response-cache";
import { instanceId, type SharedRedis } from "./redis";

/**
 * One upstream call for identical concurrent requests on different instances. The first instance
 * takes a short lock (SET NX PX), fetches, writes the shared cache and announces it on a channel;
 * the others wait for that announcement (polling the cache too, in case a message is missed) and
 * fetch themselves when the lock disappears without a cached answer (the holder died, or its answer
 * was not one to cache). With Redis unreachable every instance simply fetches.
 */

export interface Fetched<T> {
  value: T;
  /** What the shared cache keeps, or null when this answer must not be shared (errors). */
  bytes: Buffer | null;
  ttlMs: number;
}

export interface Flight<T> {
  fetch(): Promise<Fetched<T>>;
  decode(bytes: Buffer): T;
}

export interface FlightResult<T> {
  value: T;
  /** "origin": this instance called upstream; "shared": another instance's answer, from Redis. */
  source: "origin" | "shared";
}

export interface SingleFlightOptions {
  lockMs?: number;
  pollMs?: number;
}

const CHANNEL = `${KEY_PREFIX}:done`;

export class SharedSingleFlight {
  private readonly cache: SharedResponseCache;
  private readonly lockMs: number;
  private readonly pollMs: number;
  private readonly waiters = new Map<string, Set<() => void>>();
  private subscribed: Promise<void> | undefined;

  constructor(
    private readonly redis: SharedRedis,
    options: SingleFlightOptions = {},
  ) {
    this.cache = new SharedResponseCache(redis);
    this.lockMs = options.lockMs ?? 15_000;
    this.pollMs = options.pollMs ?? 100;
  }

  static lockKey(hash: string): string {
    return `${KEY_PREFIX}:lock:${hash}`;
  }

  async run<T>(hash: string, flight: Flight<T>): Promise<FlightResult<T>> {
    // Two rounds at most: a lock that expired once is taken over; after that, fetch regardless.
    for (let round = 0; round < 2; round++) {
      const cached = await this.cache.get(hash);
      if (cached) return { value: flight.decode(cached), source: "shared" };
      const lock = SharedSingleFlight.lockKey(hash);
      const taken = await this.redis.run((c) => c.set(lock, instanceId, { condition: "NX", expiration: { type: "PX", value: this.lockMs } }));
      if (taken === undefined) break;
      if (taken !== null) {
        // The previous holder may have stored its answer and let go between our look and our lock.
        const stored = await this.cache.get(hash);
        if (stored) {
          await this.redis.run((c) => c.del(lock));
          return { value: flight.decode(stored), source: "shared" };
        }
        return { value: await this.lead(hash, lock, flight), source: "origin" };
      }
      const outcome = await this.follow(hash, lock);
      if (outcome.bytes) return { value: flight.decode(outcome.bytes), source: "shared" };
      if (outcome.announced) break;
    }
    return { value: (await flight.fetch()).value, source: "origin" };
  }

  private async lead<T>(hash: string, lock: string, flight: Flight<T>): Promise<T> {
    try {
      const fetched = await flight.fetch();
      if (fetched.bytes) await this.cache.set(hash, fetched.bytes, fetched.ttlMs);
      return fetched.value;
    } finally {
      // A plain DEL: if the lock had expired and another instance took it, freeing that one early
      // costs at most one extra upstream call, which a compare-and-delete script would not be worth.
      await this.redis.run((c) => c.del(lock));
      await this.redis.run((c) => c.publish(CHANNEL, hash));
    }
  }

  /** Waits until the holder announces, the answer appears in the cache, or the lock is gone. */
  private async follow(hash: string, lock: string): Promise<{ bytes: Buffer | null; announced: boolean }> {
    await this.subscribe();
    let announced = false;
    let wake: () => void = () => {};
    const onDone = () => {
      announced = true;
      wake();
    };
    const set = this.waiters.get(hash) ?? new Set();
    set.add(onDone);
    this.waiters.set(hash, set);
    try {
      const deadline = Date.now() + this.lockMs;
      while (Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, this.pollMs);
        });
        const bytes = await this.cache.get(hash);
        if (bytes || announced) return { bytes, announced };
        const held = await this.redis.run((c) => c.exists(lock));
        if (!held) return { bytes: null, announced: false };
      }
      return { bytes: null, announced: false };
    } finally {
      set.delete(onDone);
      if (set.size === 0) this.waiters.delete(hash);
    }
  }

  private subscribe(): Promise<void> {
    this.subscribed ??= (async () => {
      const sub = await this.redis.subscriber();
      if (!sub) return;
      const listener = (message: string) => this.waiters.get(message)?.forEach((wake) => wake());
      // The duplicate connects in the background; polling covers the moments it is not subscribed yet.
      const attach = () => void sub.subscribe(CHANNEL, listener).catch(() => {});
      // node-redis subscribes again by itself after a reconnect, so attach once.
      if (sub.isReady) attach();
      else sub.once("ready", attach);
    })();
    return this.subscribed;
  }
}
