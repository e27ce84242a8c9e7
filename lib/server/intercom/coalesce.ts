import "server-only";

/**
 * Identical upstream calls in flight at once share one answer. Behind an interface so instances
 * that share a cache can also share the wait (a shared lock) instead of each calling Intercom.
 */
export interface Coalescer {
  run<T>(key: string, call: () => Promise<T>): Promise<T>;
}

export class MemoryCoalescer implements Coalescer {
  private readonly pending = new Map<string, Promise<unknown>>();

  run<T>(key: string, call: () => Promise<T>): Promise<T> {
    const existing = this.pending.get(key);
    if (existing) return existing as Promise<T>;
    const promise = call().finally(() => this.pending.delete(key));
    this.pending.set(key, promise);
    return promise;
  }

  get size(): number {
    return this.pending.size;
  }
}
