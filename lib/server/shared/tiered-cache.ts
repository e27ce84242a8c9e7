import "server-only";
import type { CachedAnswer, ResponseCache } from "../intercom/cache";
import type { SharedRedis } from "./redis";
import { requestHash, SharedResponseCache } from "./response-cache";

/**
 * Two cache tiers: this process's bounded in-memory cache in front of the one in Redis that every
 * instance shares. A shared hit is copied into memory for the rest of its TTL (the expiry travels
 * with the bytes), so a hot answer costs one Redis read per instance, not one per request.
 */

/** One line of JSON metadata (status, rate-limit headers, expiry), then the body exactly as Intercom sent it. */
export function encodeAnswer(answer: Omit<CachedAnswer, "tier">, expiresAt: number): Buffer {
  return Buffer.concat([Buffer.from(`${JSON.stringify({ s: answer.status, h: answer.rateLimit, e: expiresAt })}\n`), answer.body]);
}

export function decodeAnswer(bytes: Buffer): { answer: CachedAnswer; expiresAt: number } {
  const end = bytes.indexOf(0x0a);
  const meta = JSON.parse(bytes.subarray(0, end).toString("utf8")) as { s: number; h: Record<string, string>; e: number };
  return { answer: { status: meta.s, rateLimit: meta.h, body: Buffer.from(bytes.subarray(end + 1)) }, expiresAt: meta.e };
}

export class TieredResponseCache implements ResponseCache {
  private readonly shared: SharedResponseCache;

  /** `scope` keeps workspaces apart in one Redis: the upstream base URL, never the token. */
  constructor(
    private readonly memory: ResponseCache,
    redis: SharedRedis,
    private readonly scope: string,
  ) {
    this.shared = new SharedResponseCache(redis);
  }

  hash(key: string): string {
    return requestHash(this.scope, key);
  }

  async get(key: string): Promise<CachedAnswer | undefined> {
    const local = await this.memory.get(key);
    if (local) return local;
    const bytes = await this.shared.get(this.hash(key));
    if (!bytes) return undefined;
    const { answer, expiresAt } = decodeAnswer(bytes);
    const left = expiresAt - Date.now();
    if (left > 0) await this.memory.set(key, answer, left);
    return { ...answer, tier: "shared" };
  }

  async set(key: string, answer: CachedAnswer, ttlMs: number): Promise<void> {
    await this.memory.set(key, answer, ttlMs);
    await this.shared.set(this.hash(key), encodeAnswer(answer, Date.now() + ttlMs), ttlMs);
  }

  async has(key: string): Promise<boolean> {
    return (await this.memory.has(key)) || (await this.shared.has(this.hash(key)));
  }
}
