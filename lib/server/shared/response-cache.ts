import "server-only";
import { createHash } from "node:crypto";
import type { SharedRedis } from "./redis";

/**
 * Upstream answers as bytes in Redis with the endpoint's TTL. Keys are a hash of what was asked
 * (scope, method, path with query, body), so neither the token nor a query value ever appears in
 * Redis's key space.
 */

export const KEY_PREFIX = "lens:v1";

/** The hash in `lens:v1:<kind>:<sha256>` for a request key; `scope` separates workspaces (the upstream base URL, never the token). */
export function requestHash(scope: string, requestKey: string): string {
  return createHash("sha256").update(`${scope}\n${requestKey}`).digest("hex");
}

export class SharedResponseCache {
  constructor(private readonly redis: SharedRedis) {}

  static key(hash: string): string {
    return `${KEY_PREFIX}:resp:${hash}`;
  }

  /** The bytes stored under `hash`, or null on a miss or when Redis cannot answer. */
  async get(hash: string): Promise<Buffer | null> {
    return (await this.redis.run(() => this.redis.bytes.get(SharedResponseCache.key(hash)))) ?? null;
  }

  async has(hash: string): Promise<boolean> {
    return ((await this.redis.run((c) => c.exists(SharedResponseCache.key(hash)))) ?? 0) > 0;
  }

  async set(hash: string, bytes: Buffer, ttlMs: number): Promise<void> {
    if (ttlMs <= 0) return;
    await this.redis.run((c) => c.set(SharedResponseCache.key(hash), bytes, { expiration: { type: "PX", value: Math.round(ttlMs) } }));
  }
}
