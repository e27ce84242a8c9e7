/**
 * The audit log from the store: the four aggregations in SQL over 100,000 entries on SQLite and
 * PostgreSQL (bench/audit-store-sql.ts, in a process of its own), and /audit?range=1y on the large
 * workspace once it is in the store, with the server's RSS growth while serving it.
 */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright";
import Database from "libsql";
import type { ActivityLogList } from "../lib/intercom/types/activity-logs";
import { visit, type Visit } from "./browser";
import type { FakeHttp } from "./fake-http";
import { startLens } from "./lens-server";
import { RssSampler } from "./memory";
import { judge, mb, ms, type Row } from "./report";
import { median } from "./stats";

const AREA = "Audit from the store";
const PAGE = "/audit?range=1y";
const MB = 1024 ** 2;

/** Runs the SQL measurement with the react-server condition, under which `server-only` imports resolve. */
function sqlRows(log: (line: string) => void): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/audit-store-sql.ts"], { cwd: process.cwd(), stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (err = (err + c.toString()).slice(-2_000)));
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`audit-store-sql exited with ${code}: ${err}`));
      const rows = JSON.parse(out.trim().split("\n").at(-1) ?? "[]") as Row[];
      for (const r of rows) log(`  ${r.metric}: ${r.value}`);
      resolve(rows);
    });
  });
}

/**
 * Plays the sync into Lens's store: every entry of the fake's log, as the archive keeps it, and a
 * finished backfill. Filling directly keeps this row about serving (the backfill's own speed is the
 * sync's row) and steady on a busy machine.
 */
async function fillStore(fake: FakeHttp, file: string): Promise<number> {
  const db = new Database(file);
  try {
    const insert = db.prepare(
      "insert or ignore into activity_log (id, seq, created_at, activity_type, admin_id, admin_email, admin_ip, description, metadata, entry, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    let seq = 0;
    let newest = 0;
    let oldest = Number.MAX_SAFE_INTEGER;
    let path: string | null = "/admins/activity_logs?created_at_after=0&per_page=150";
    db.exec("begin");
    while (path) {
      const page: { status: number; json: ActivityLogList } = await fake.get<ActivityLogList>(path);
      if (page.status !== 200) throw new Error(`the fake's activity log answered ${page.status}`);
      for (const e of page.json.activity_logs ?? []) {
        const at = e.created_at ?? 0;
        newest = Math.max(newest, at);
        oldest = Math.min(oldest, at);
        insert.run(
          e.id,
          ++seq,
          at,
          e.activity_type ?? "unknown",
          e.performed_by?.id ?? null,
          e.performed_by?.email ?? null,
          e.performed_by?.ip ?? null,
          e.activity_description ?? null,
          e.metadata ? JSON.stringify(e.metadata) : null,
          JSON.stringify(e),
          "bench",
          "bench",
        );
      }
      const next: string | null | undefined = page.json.pages?.next?.starting_after;
      path = next ? `/admins/activity_logs?created_at_after=0&per_page=150&starting_after=${encodeURIComponent(next)}` : null;
    }
    db.prepare("insert into sync_state (stream, watermark, backfill_cursor, backfill_done, rows_total) values ('activity_logs', ?, ?, 1, ?)").run(Math.floor(Date.now() / 1000), oldest, seq);
    db.exec("commit");
    return seq;
  } finally {
    db.close();
  }
}

export async function measureAuditStore(browser: Browser, large: FakeHttp, port: number, latencyMs: number, reps: number, log: (line: string) => void): Promise<Row[]> {
  const rows = await sqlRows(log);
  const dir = mkdtempSync(path.join(os.tmpdir(), "lens-bench-store-"));
  const lens = await startLens({ name: "audit store", port, fakeUrl: large.url, env: { LENS_DATA_DIR: dir, LENS_SYNC: "off" } });
  try {
    // /api/health opens the store, which applies the migrations.
    await fetch(`${lens.url}/api/health`);
    const t0 = performance.now();
    const stored = await fillStore(large, path.join(dir, "lens.db"));
    const synced = performance.now() - t0;
    log(`  ${stored} entries in the store in ${ms(synced)}`);
    large.latencyMs = latencyMs;
    await visit(browser, lens.url, PAGE);
    const sampler = new RssSampler(lens.serverPid);
    const visits: Visit[] = [];
    for (let i = 0; i < reps; i++) visits.push(await visit(browser, lens.url, PAGE, { timeoutMs: 30_000 }));
    const memory = await sampler.finish(5);
    const lcp = median(visits.map((v) => v.lcp));
    const growth = memory.peak - memory.before;
    const problems = visits.filter((v) => !v.settled || v.status >= 400).length;
    log(`  ${PAGE}: LCP ${ms(lcp)}, RSS ${mb(memory.before)} → peak ${mb(memory.peak)}`);
    rows.push(
      {
        area: AREA,
        metric: `${PAGE} main content, large workspace after a sync`,
        value: ms(lcp),
        target: "≤ 800 ms",
        status: problems ? "error" : judge(lcp, 800, "at most"),
        note: `median of ${reps} after a warm visit; ${latencyMs} ms upstream latency; content ready ${ms(median(visits.map((v) => v.contentReady)))}; store filled with the large fake's ${stored} entries as the sync writes them`,
      },
      {
        area: AREA,
        metric: `next-server RSS growth serving ${PAGE}`,
        value: mb(growth),
        target: "≤ 50 MB",
        status: judge(growth / MB, 50, "at most"),
        note: `before ${mb(memory.before)}, peak ${mb(memory.peak)}, ${memory.settleSeconds} s after ${mb(memory.after)}`,
      },
    );
  } finally {
    await lens.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
