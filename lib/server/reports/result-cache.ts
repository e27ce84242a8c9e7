import "server-only";
import { LRUCache } from "lru-cache";
import type { Store } from "@/lib/server/store";

/**
 * Report results, kept until the next sync run: the store only changes when a sync writes to it, so
 * a report asked again with the same query is answered from memory. Keyed by the newest sync run,
 * which one indexed query reads.
 */
const cache = new LRUCache<string, object>({ max: 200, maxSize: 64 * 1024 * 1024, sizeCalculation: (v) => Math.max(1, JSON.stringify(v).length) });

async function syncStamp(store: Store): Promise<string> {
  const row = await store.db
    .selectFrom("sync_state")
    .select((eb) => [eb.fn.max("last_run_at").as("run"), eb.fn.countAll().as("n")])
    .executeTakeFirst();
  return `${row?.run ?? 0}/${row?.n ?? 0}`;
}

export async function cachedReport<T extends object>(store: Store, key: string, build: () => Promise<T>): Promise<T> {
  const full = `${store.name}|${await syncStamp(store)}|${key}`;
  const hit = cache.get(full) as T | undefined;
  if (hit) return hit;
  const value = await build();
  cache.set(full, value);
  return value;
}
