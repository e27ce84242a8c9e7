import "server-only";
import { TokenBuckets, type TakeResult } from "./token-bucket";

/**
 * Charges callers (sessions, client addresses) for what their requests cost. Behind an interface
 * so instances can share the buckets; the in-process one is the default.
 */
export interface RequestLimiter {
  charge(key: string, cost: number): Promise<TakeResult>;
}

export class MemoryLimiter implements RequestLimiter {
  private readonly buckets: TokenBuckets;

  constructor(options: { perSecond: number; burst: number }) {
    this.buckets = new TokenBuckets(options);
  }

  async charge(key: string, cost: number): Promise<TakeResult> {
    return this.buckets.take(key, Date.now(), cost);
  }
}
