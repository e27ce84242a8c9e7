import "server-only";
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { RevocationList } from "../auth/revocation";
import { KEY_PREFIX } from "./response-cache";
import type { SharedRedis } from "./redis";

/**
 * Revoked sessions, shared: a sign-out on one instance ends the session on all of them. Entries
 * expire when the session would have anyway. Keys hold a hash of the session id, never the id. This
 * instance also remembers what it revoked, so its own sign-outs hold while Redis is unreachable.
 */

export class SharedRevocations implements RevocationList {
  private readonly local = new LRUCache<string, true>({ max: 100_000, ttlAutopurge: false });

  constructor(private readonly redis: SharedRedis) {}

  static key(sessionId: string): string {
    return `${KEY_PREFIX}:revoked:${createHash("sha256").update(sessionId).digest("hex")}`;
  }

  /** Revokes `sessionId` until `expiresAt` (epoch seconds), when its cookie dies anyway. */
  async revoke(sessionId: string, expiresAt: number): Promise<void> {
    const ttl = Math.round(expiresAt * 1000 - Date.now());
    if (ttl <= 0) return;
    const key = SharedRevocations.key(sessionId);
    this.local.set(key, true, { ttl });
    await this.redis.run((c) => c.set(key, "1", { expiration: { type: "PX", value: ttl } }));
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    const key = SharedRevocations.key(sessionId);
    if (this.local.has(key)) return true;
    return ((await this.redis.run((c) => c.exists(key))) ?? 0) > 0;
  }
}
