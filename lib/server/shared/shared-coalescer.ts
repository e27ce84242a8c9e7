import "server-only";
import type { CachedAnswer } from "../intercom/cache";
import { MemoryCoalescer, type Coalescer } from "../intercom/coalesce";
import type { SharedRedis } from "./redis";
import { SharedSingleFlight } from "./single-flight";
import { decodeAnswer, type TieredResponseCache } from "./tiered-cache";

/**
 * Coalescing across instances: identical calls in this process share one promise (as before), and
 * that one joins the cross-instance single-flight. The leader's call writes the tiered cache; the
 * instances that waited read the answer from there, turned into what the caller expects by `toResponse`.
 */
export class SharedCoalescer implements Coalescer {
  private readonly local = new MemoryCoalescer();
  private readonly flight: SharedSingleFlight;

  constructor(
    redis: SharedRedis,
    private readonly cache: TieredResponseCache,
    private readonly toResponse: (answer: CachedAnswer) => unknown,
  ) {
    this.flight = new SharedSingleFlight(redis);
  }

  run<T>(key: string, call: () => Promise<T>): Promise<T> {
    return this.local.run(key, async () => {
      const { value } = await this.flight.run(this.cache.hash(key), {
        // The call itself stores what may be shared (through the tiered cache), so nothing more to write here.
        fetch: async () => ({ value: await call(), bytes: null, ttlMs: 0 }),
        // The client's coalesced calls all resolve to its UpstreamResponse, which toResponse builds.
        decode: (bytes) => this.toResponse(decodeAnswer(bytes).answer) as T,
      });
      return value;
    });
  }
}
