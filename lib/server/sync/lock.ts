import "server-only";
import { randomBytes } from "node:crypto";
import os from "node:os";
import { sql } from "kysely";
import type { Store } from "@/lib/server/store";

/**
 * One writer at a time, across processes and instances. PostgreSQL: a session advisory lock held
 * on a reserved connection, released by the server if the holder dies. SQLite: a row in sync_lock
 * with an expiry the holder keeps pushing forward; a holder that died (expired, or a dead process
 * on this host) is taken over.
 */

const ADVISORY_KEY = 7_215_004_512; // "lens sync", any constant shared by every instance
const LOCK_NAME = "sync";
const TTL_SECONDS = 60;
const HEARTBEAT_MS = 15_000;

export const lockHolder = `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;

/** Runs `fn` holding the writer lock; resolves to null without running it when another writer holds it. */
export async function withWriterLock<T>(store: Store, fn: () => Promise<T>): Promise<{ value: T } | null> {
  if (store.dialect === "postgres") {
    return store.db.connection().execute(async (conn) => {
      const got = await sql<{ ok: boolean }>`select pg_try_advisory_lock(${ADVISORY_KEY}) as ok`.execute(conn);
      if (!got.rows[0]?.ok) return null;
      try {
        return { value: await fn() };
      } finally {
        await sql`select pg_advisory_unlock(${ADVISORY_KEY})`.execute(conn).catch(() => undefined);
      }
    });
  }
  if (!(await takeLockRow(store))) return null;
  const heartbeat = setInterval(() => {
    void store.db
      .updateTable("sync_lock")
      .set({ expires_at: now() + TTL_SECONDS })
      .where("name", "=", LOCK_NAME)
      .where("holder", "=", lockHolder)
      .execute()
      .catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    return { value: await fn() };
  } finally {
    clearInterval(heartbeat);
    await store.db
      .deleteFrom("sync_lock")
      .where("name", "=", LOCK_NAME)
      .where("holder", "=", lockHolder)
      .execute()
      .catch(() => undefined);
  }
}

async function takeLockRow(store: Store): Promise<boolean> {
  const current = await store.db.selectFrom("sync_lock").selectAll().where("name", "=", LOCK_NAME).executeTakeFirst();
  if (current && current.holder !== lockHolder && current.expires_at >= now() && !holderIsDead(current.holder)) return false;
  if (current) await store.db.deleteFrom("sync_lock").where("name", "=", LOCK_NAME).where("holder", "=", current.holder).execute();
  // Two takers racing for a free lock: the primary key lets exactly one insert win.
  const inserted = await store.db
    .insertInto("sync_lock")
    .values({ name: LOCK_NAME, holder: lockHolder, expires_at: now() + TTL_SECONDS })
    .onConflict((oc) => oc.column("name").doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** A holder on this host whose process is gone left the row behind when it was killed. */
function holderIsDead(holder: string): boolean {
  const [host, pid] = holder.split(":");
  if (host !== os.hostname() || !pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}
