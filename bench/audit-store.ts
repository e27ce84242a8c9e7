/**
 * The audit log from the store: the four aggregations in SQL over 100,000 entries on SQLite and
 * PostgreSQL (bench/audit-store-sql.ts, in a process of its own), and /audit?range=1y on the large
 * workspace once Lens's sync has read it, with the server's RSS growth while serving it.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright";
import type { SyncStatus } from "../lib/sync/types";
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

async function waitForSync(url: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const res = await fetch(`${url}/api/sync`).catch(() => null);
    const body = res?.ok ? ((await res.json()) as SyncStatus) : null;
    if (body?.streams.find((s) => s.stream === "activity_logs")?.backfillDone) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`the activity-log backfill did not finish within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

export async function measureAuditStore(browser: Browser, large: FakeHttp, port: number, latencyMs: number, reps: number, log: (line: string) => void): Promise<Row[]> {
  const rows = await sqlRows(log);
  const dir = mkdtempSync(path.join(os.tmpdir(), "lens-bench-store-"));
  // The backfill runs without added latency (its own speed is the sync's row); the page is measured with it.
  large.latencyMs = 0;
  const lens = await startLens({ name: "audit store", port, fakeUrl: large.url, env: { LENS_DATA_DIR: dir } });
  try {
    const synced = await waitForSync(lens.url, 600_000);
    log(`  large workspace synced in ${ms(synced)}`);
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
        note: `median of ${reps} after a warm visit; ${latencyMs} ms upstream latency; content ready ${ms(median(visits.map((v) => v.contentReady)))}; sync took ${ms(synced)}`,
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
