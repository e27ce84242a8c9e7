import "server-only";
import { LRUCache } from "lru-cache";

/**
 * Where upstream answers are kept between requests. Entries are bytes (the body exactly as
 * Intercom sent it), never parsed JSON: a parsed tree costs about three times its text in heap.
 * The interface is async so a shared store (Redis) can stand in for the in-process one.
 */

export interface CachedAnswer {
  status: number;
  rateLimit: Record<string, string>;
  body: Buffer;
  /** "shared" when the answer came from the cache instances share rather than this process's memory (for traces). */
  tier?: "shared";
}

export interface ResponseCache {
  get(key: string): Promise<CachedAnswer | undefined>;
  set(key: string, answer: CachedAnswer, ttlMs: number): Promise<void>;
  has(key: string): Promise<boolean>;
}

/** One answer bigger than this is served but not kept: it would push out hundreds of small ones. */
export const MAX_ENTRY_BYTES = 2 * 1024 * 1024;
/** Bookkeeping per entry besides the body (key, headers, LRU node), so tiny answers are not free. */
const ENTRY_OVERHEAD_BYTES = 512;
/** Expired entries are swept out at most this often (on the next use), instead of lingering until evicted. */
const PURGE_EVERY_MS = 10_000;

export interface MemoryCacheOptions {
  maxBytes: number;
  maxEntryBytes?: number;
  purgeEveryMs?: number;
}

export class MemoryResponseCache implements ResponseCache {
  private readonly lru: LRUCache<string, CachedAnswer>;
  private readonly purgeEveryMs: number;
  private lastPurge = Date.now();

  constructor(options: MemoryCacheOptions) {
    this.lru = new LRUCache<string, CachedAnswer>({
      maxSize: options.maxBytes,
      maxEntrySize: options.maxEntryBytes ?? MAX_ENTRY_BYTES,
      sizeCalculation: (answer, key) => answer.body.byteLength + Buffer.byteLength(key) + ENTRY_OVERHEAD_BYTES,
      // The wall clock, like the sweep's: TTLs of seconds need no monotonic timer.
      perf: { now: () => Date.now() },
    });
    this.purgeEveryMs = options.purgeEveryMs ?? PURGE_EVERY_MS;
  }

  async get(key: string): Promise<CachedAnswer | undefined> {
    this.sweep();
    return this.lru.get(key);
  }

  async set(key: string, answer: CachedAnswer, ttlMs: number): Promise<void> {
    this.sweep();
    this.lru.set(key, { ...answer, body: owned(answer.body) }, { ttl: ttlMs });
  }

  async has(key: string): Promise<boolean> {
    return this.lru.has(key);
  }

  /** Bytes held, as counted against maxBytes. */
  get bytes(): number {
    return this.lru.calculatedSize;
  }

  get entries(): number {
    return this.lru.size;
  }

  /** No timer of its own: a sweep rides on the next use, so an idle cache costs nothing. */
  private sweep(): void {
    const now = Date.now();
    if (now - this.lastPurge < this.purgeEveryMs) return;
    this.lastPurge = now;
    this.lru.purgeStale();
  }
}

/**
 * A small Buffer is often a slice of a shared 8 KiB pool slab, which a cached slice would keep
 * alive whole; the cache keeps a copy of exactly its own bytes so what it counts is what it holds.
 */
function owned(body: Buffer): Buffer {
  if (body.byteOffset === 0 && body.buffer.byteLength === body.byteLength) return body;
  const copy = Buffer.allocUnsafeSlow(body.byteLength);
  body.copy(copy);
  return copy;
}
