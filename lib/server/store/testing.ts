import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { openStore, type Store } from "./store";

/**
 * Test stores on both dialects: a SQLite file in a temp dir, and a fresh database on the suite's
 * PostgreSQL server. Each call gives an empty, migrated store and a function that disposes of it.
 */

export const DIALECTS = ["sqlite", "postgres"] as const;
export type TestDialect = (typeof DIALECTS)[number];

export interface TestStore {
  store: Store;
  /** The settings a child process needs to open the same store (LENS_DATA_DIR or DATABASE_URL). */
  env: Record<string, string>;
  dispose(): Promise<void>;
}

export async function createTestStore(dialect: TestDialect): Promise<TestStore> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "lens-store-"));
    const store = await openStore({ dialect: "sqlite", dir, file: path.join(dir, "lens.db") });
    return {
      store,
      env: { LENS_DATA_DIR: dir },
      async dispose() {
        await store.db.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = inject("postgresUrl");
  const name = `lens_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ dialect: "postgres", connectionString: url.toString() });
  return {
    store,
    env: { DATABASE_URL: url.toString() },
    async dispose() {
      await store.db.destroy();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
