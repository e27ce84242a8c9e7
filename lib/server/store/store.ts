import "server-only";
import { sql, type Kysely } from "kysely";
import { connect } from "./connect";
import { migrateToLatest } from "./migrate";
import type { StoreSchema } from "./schema";
import { describeStore, storeSettings, type StoreSettings } from "./settings";

export interface Store {
  db: Kysely<StoreSchema>;
  dialect: StoreSettings["dialect"];
  /** "SQLite /path/lens.db" or "PostgreSQL host:port/db": safe to show. */
  name: string;
}

/** The store could not be opened or reached. Callers turn it into a clear 503, never a stack trace. */
export class StoreUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoreUnavailable";
  }
}

/** A store that failed to open is retried after this long, not on every request. */
const RETRY_AFTER_FAILURE_MS = 5_000;

// On globalThis: instrumentation and each route are bundled apart, and two copies of this module
// would open the file twice and race each other's migrations.
const shared = globalThis as typeof globalThis & { __lensStore?: { opening?: Promise<Store>; lastFailure?: { at: number; error: StoreUnavailable } } };
const state = (shared.__lensStore ??= {});

/** Opens the store from the settings, applying migrations. */
export async function openStore(settings: StoreSettings): Promise<Store> {
  const db = connect(settings);
  try {
    await migrateToLatest(db as Kysely<unknown>);
  } catch (e) {
    await db.destroy().catch(() => undefined);
    throw e;
  }
  return { db, dialect: settings.dialect, name: describeStore(settings) };
}

/** The process's store, opened once. */
export function getStore(): Promise<Store> {
  const { lastFailure } = state;
  if (lastFailure && Date.now() - lastFailure.at < RETRY_AFTER_FAILURE_MS) return Promise.reject(lastFailure.error);
  if (!state.opening) {
    state.opening = (async () => {
      try {
        return await openStore(storeSettings());
      } catch (e) {
        const error = new StoreUnavailable(`Lens's store is unavailable: ${(e as Error).message}`);
        state.lastFailure = { at: Date.now(), error };
        state.opening = undefined;
        throw error;
      }
    })();
  }
  return state.opening;
}

export async function closeStore(): Promise<void> {
  const current = state.opening;
  state.opening = undefined;
  state.lastFailure = undefined;
  if (current) await (await current.catch(() => undefined))?.db.destroy();
}

export interface StoreHealth {
  status: "ok" | "down";
  name: string;
  reason?: string;
}

/** `SELECT 1` against the store, bounded so a hung database cannot hold a probe. */
export async function storeHealth(timeoutMs = 1_000): Promise<StoreHealth> {
  let name = "store";
  try {
    name = describeStore(storeSettings());
    const store = await getStore();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([sql`select 1`.execute(store.db), timeout]);
    } finally {
      clearTimeout(timer);
    }
    return { status: "ok", name };
  } catch (e) {
    return { status: "down", name, reason: (e as Error).message };
  }
}
