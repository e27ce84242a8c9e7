import type { TestProject } from "vitest/node";
import { startPostgres, type PostgresServer } from "./postgres-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** A PostgreSQL server for the store suite (its `postgres` database; suites create their own). */
    postgresUrl: string;
  }
}

let postgres: PostgresServer | undefined;

/** Starts the real servers the unit suite needs, once per run. LENS_TEST_DATABASE_URL skips starting one. */
export async function setup(project: TestProject): Promise<void> {
  const given = process.env.LENS_TEST_DATABASE_URL?.trim();
  if (given) {
    project.provide("postgresUrl", given);
  } else {
    postgres = await startPostgres();
    project.provide("postgresUrl", postgres.url);
  }
}

export async function teardown(): Promise<void> {
  await postgres?.stop();
}
