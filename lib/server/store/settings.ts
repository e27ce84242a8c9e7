import "server-only";
import path from "node:path";

/** Where Lens keeps its own state: a SQLite file by default, PostgreSQL when DATABASE_URL is set. */
export type StoreSettings = { dialect: "sqlite"; file: string; dir: string } | { dialect: "postgres"; connectionString: string };

export class StoreConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoreConfigError";
  }
}

export function storeSettings(env: Record<string, string | undefined> = process.env): StoreSettings {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//i.test(url)) throw new StoreConfigError("DATABASE_URL must be a postgres:// or postgresql:// URL.");
    return { dialect: "postgres", connectionString: url };
  }
  // Resolved at run time from the setting; the ignore comment keeps the bundler from tracing the whole project.
  const dir = path.resolve(/*turbopackIgnore: true*/ env.LENS_DATA_DIR?.trim() || ".lens");
  return { dialect: "sqlite", dir, file: path.join(dir, "lens.db") };
}

/** How the store is named in logs and on /sync: never a password. */
export function describeStore(settings: StoreSettings): string {
  if (settings.dialect === "sqlite") return `SQLite ${settings.file}`;
  try {
    const u = new URL(settings.connectionString);
    return `PostgreSQL ${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}
