import "server-only";
import { LRUCache } from "lru-cache";
import { sharedRevocationList } from "../shared/plug";

/**
 * Sessions ended before their cookie expires (sign-out). The cookie is sealed and self-contained, so
 * a copied cookie stays valid until it is on this list. Behind an interface so that several Lens
 * instances can share one list; the default keeps it in this process.
 */
export interface RevocationList {
  /** Ends the session `sid`; `expiresAt` (epoch seconds) is when its cookie dies anyway, so the entry may go then. */
  revoke(sid: string, expiresAt: number): Promise<void>;
  isRevoked(sid: string): Promise<boolean>;
}

/**
 * Entries last until their session's absolute expiry (at most 24 h). Every entry needs a sign-out, and
 * every sign-out a sign-in at the identity provider, so 100,000 is far beyond any team's day.
 */
export class InProcessRevocationList implements RevocationList {
  private readonly ended: LRUCache<string, true>;

  constructor(private readonly clock: () => number = Date.now) {
    this.ended = new LRUCache<string, true>({ max: 100_000, ttlResolution: 0, perf: { now: clock } });
  }

  async revoke(sid: string, expiresAt: number): Promise<void> {
    const ttl = expiresAt * 1000 - this.clock();
    if (ttl > 0) this.ended.set(sid, true, { ttl });
  }

  async isRevoked(sid: string): Promise<boolean> {
    return this.ended.has(sid);
  }
}

// On globalThis: proxy.ts and each route handler are bundled apart, and must all see one list.
const KEY = Symbol.for("lens.revocation-list");
type WithList = typeof globalThis & { [KEY]?: RevocationList };

export function revocationList(): RevocationList {
  const g = globalThis as WithList;
  // With REDIS_URL set, a sign-out on one instance ends the session on all of them.
  g[KEY] ??= sharedRevocationList() ?? new InProcessRevocationList();
  return g[KEY];
}
