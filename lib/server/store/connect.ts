import "server-only";
import { chmodSync, existsSync, mkdirSync } from "node:fs";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import Database from "libsql";
import pg from "pg";
import type { StoreSchema } from "./schema";
import type { StoreSettings } from "./settings";

const PG_INT8 = 20;
const PG_NUMERIC = 1700;

/** Opens a Kysely instance for the configured dialect. Migrations are the caller's next step. */
export function connect(settings: StoreSettings): Kysely<StoreSchema> {
  if (settings.dialect === "sqlite") {
    // Owner-only: the archive holds teammates' emails and IP addresses.
    mkdirSync(settings.dir, { recursive: true, mode: 0o700 });
    chmodSync(settings.dir, 0o700);
    const fresh = !existsSync(settings.file);
    const database = new Database(settings.file);
    database.exec("PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;");
    if (fresh) chmodSync(settings.file, 0o600);
    return new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database }) });
  }
  const pool = new pg.Pool({
    connectionString: settings.connectionString,
    max: 10,
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
    // Seconds and counts are bigint columns; they fit a JS number, so read them as numbers.
    types: {
      getTypeParser: (oid: number, format?: "text" | "binary") => (oid === PG_INT8 || oid === PG_NUMERIC ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format ?? "text")),
    },
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on("error", () => undefined);
  return new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) });
}
