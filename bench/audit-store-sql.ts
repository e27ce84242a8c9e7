/**
 * The audit aggregations in SQL over 100,000 stored entries, on SQLite and PostgreSQL. Run by
 * bench/audit-store.ts in its own process with the react-server condition (the store modules are
 * server-only); prints its rows as JSON on the last line.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { KNOWN_TYPES } from "@/lib/audit/categories";
import { NO_FILTERS, granularityFor } from "@/lib/audit/filter";
import { startPostgres } from "@/lib/testing/postgres-server";
import { storeCounts } from "@/lib/server/audit/store-part";
import { openStore, type Store } from "@/lib/server/store/store";
import { judge, mb, ms, num, type Row } from "./report";
import { median } from "./stats";

const COUNT = Number(process.env.AUDIT_SQL_ENTRIES || 100_000);
const YEAR = 365 * 86_400;
const NOW = Math.floor(Date.now() / 1000);
const AREA = "Audit from the store";

/** A year of plausible activity: 40 teammates with a few IPs each, sign-ins most common. */
function generate(count: number) {
  let seed = 42;
  const rand = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.floor((seed / 2 ** 31) * n);
  };
  const rows = [];
  for (let i = 0; i < count; i++) {
    const admin = 1 + rand(40);
    const type = rand(3) === 0 ? "admin_login_success" : KNOWN_TYPES[rand(KNOWN_TYPES.length)]!;
    const at = NOW - Math.floor((YEAR * (count - i)) / count) + rand(60);
    rows.push({
      id: String(10_000_000 + i),
      seq: i + 1,
      created_at: at,
      activity_type: type,
      admin_id: String(admin),
      admin_email: `teammate${admin}@example.com`,
      admin_ip: `203.0.${admin}.${rand(4)}`,
      description: `Teammate ${admin} did ${type.replace(/_/g, " ")}`,
      metadata: rand(4) === 0 ? JSON.stringify({ before: "a", after: "b" }) : null,
      entry: "{}",
      prev_hash: "0".repeat(64),
      hash: "0".repeat(64),
    });
  }
  return rows;
}

async function fill(store: Store): Promise<void> {
  const rows = generate(COUNT);
  await store.db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto("activity_log")
        .values(rows.slice(i, i + 500))
        .execute();
  });
}

/** storeCounts over a year with no filter (the page's first view) and with "sensitive only". */
async function time(store: Store, sensitive: boolean, reps = 7): Promise<number> {
  const part = { store, after: NOW - YEAR, before: NOW, timeZone: "Europe/Dublin" };
  const g = granularityFor(part.after, part.before);
  const run = async () => {
    const t0 = performance.now();
    await storeCounts(part, { ...NO_FILTERS, sensitive }, g);
    return performance.now() - t0;
  };
  await run();
  const runs: number[] = [];
  for (let i = 0; i < reps; i++) runs.push(await run());
  return median(runs);
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const dir = process.env.AUDIT_SQL_DIR || mkdtempSync(path.join(os.tmpdir(), "lens-bench-audit-"));
  const pgServer = await startPostgres();
  try {
    const sqlite = await openStore({ dialect: "sqlite", dir, file: path.join(dir, "lens.db") });
    const pgStore = await openStore({ dialect: "postgres", connectionString: pgServer.url });
    for (const [name, store] of [
      ["SQLite", sqlite],
      ["PostgreSQL", pgStore],
    ] as const) {
      const t0 = performance.now();
      await fill(store);
      const filled = performance.now() - t0;
      for (const sensitive of [false, true]) {
        const t = await time(store, sensitive);
        rows.push({
          area: AREA,
          metric: `four chart aggregations + totals over ${num(COUNT)} entries, ${name}${sensitive ? ", sensitive only" : ""}`,
          value: ms(t),
          target: "≤ 100 ms",
          status: judge(t, 100, "at most"),
          note: `1-year range, Europe/Dublin; lib/server/audit storeCounts (facets, new-IP scan, periods, teammates, types, heatmap, totals), median of 7 after a warm-up; filled in ${ms(filled)}; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
        });
      }
      await store.db.destroy();
    }
    const size = statSync(path.join(dir, "lens.db")).size;
    rows.push({
      area: AREA,
      metric: `SQLite file per ${num(COUNT)} entries`,
      value: mb(size),
      target: "—",
      status: "info",
      note: "bench entries carry short descriptions and `{}` as entry JSON; real entries are larger",
    });
  } finally {
    await pgServer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(JSON.stringify(rows));
}

void main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
