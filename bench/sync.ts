/**
 * The sync and the store: a first backfill of the large fake's 100,000 activity-log entries over HTTP
 * (50 ms latency, Intercom's real limit of 1,666 calls per 10 s) with `npm run sync` as a child
 * process, the busiest 10-second window of its calls against its share, the store's size on disk,
 * and /articles/insights over a 1,000-article snapshot read from the store.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Browser } from "playwright";
import { BENCH_TOKEN, type FakeHttp } from "./fake-http";
import type { LensServer } from "./lens-server";
import { judge, mb, ms, num, type Row } from "./report";

export const INTERCOM_LIMIT_PER_WINDOW = 1_666;
const LENS_SHARE = 0.5;
const SYNC_SHARE = 0.25;
const BACKFILL_TARGET_MS = 60_000;
const INSIGHTS_TARGET_MS = 800;

function runSync(fake: FakeHttp, dataDir: string, streams: string, env: Record<string, string> = {}): Promise<{ ms: number; code: number | null; output: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--conditions", "react-server", "--import", "tsx", "scripts/sync.ts", "--streams", streams], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      INTERCOM_ACCESS_TOKEN: BENCH_TOKEN,
      INTERCOM_API_BASE_URL: fake.url,
      LENS_DATA_DIR: dataDir,
      DATABASE_URL: "",
      LENS_UPSTREAM_SHARE: String(LENS_SHARE),
      LENS_SYNC_SHARE: String(SYNC_SHARE),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += String(d)));
  child.stderr.on("data", (d) => (output += String(d)));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ ms: performance.now() - started, code, output })));
}

/** The most calls started inside any 10-second window. */
function busiestWindow(starts: number[]): number {
  const sorted = [...starts].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi]! - sorted[lo]! >= 10_000) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
}

export async function measureSyncBackfill(fake: FakeHttp, log: (line: string) => void): Promise<{ rows: Row[]; dataDir: string }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lens-bench-sync-"));
  const mark = fake.calls.length;
  const run = await runSync(fake, dataDir, "activity_logs");
  if (run.code !== 0) throw new Error(`npm run sync failed (${run.code}): ${run.output.slice(-500)}`);
  const calls = fake.calls.slice(mark).filter((c) => c.endpoint === "admins.activity_logs");
  const entries = Number(/activity_logs\s+ok, (\d+) rows/.exec(run.output)?.[1] ?? NaN);
  const busiest = busiestWindow(calls.map((c) => c.start));
  const share = Math.floor(INTERCOM_LIMIT_PER_WINDOW * LENS_SHARE * SYNC_SHARE);
  const bytes = dirBytes(dataDir);
  log(`  backfill: ${num(entries)} entries in ${ms(run.ms)}, ${calls.length} calls, busiest 10 s window ${busiest} calls (share ${share}), store ${mb(bytes)}`);
  return {
    dataDir,
    rows: [
      {
        area: "Sync",
        metric: "backfill of the activity log over HTTP (npm run sync, 50 ms latency)",
        value: `${ms(run.ms)} for ${num(entries)} entries`,
        target: `≤ ${ms(BACKFILL_TARGET_MS)} for 100,000`,
        status: entries >= 100_000 ? judge(run.ms, BACKFILL_TARGET_MS, "at most") : "fail",
        note: `${calls.length} upstream calls`,
      },
      {
        area: "Sync",
        metric: "busiest 10-second window of backfill calls",
        value: `${busiest} calls`,
        target: `≤ ${share} (${SYNC_SHARE} of Lens's ${LENS_SHARE} of ${num(INTERCOM_LIMIT_PER_WINDOW)})`,
        status: judge(busiest, share, "at most"),
      },
      { area: "Sync", metric: "store size on disk per 100,000 entries (SQLite, with WAL)", value: mb((bytes / entries) * 100_000), target: "report", status: "info" },
    ],
  };
}

export async function measureInsightsFromStore(
  browser: Browser,
  fake: FakeHttp,
  dataDir: string,
  startLens: (env: Record<string, string>) => Promise<LensServer>,
  log: (line: string) => void,
): Promise<Row[]> {
  // Setting up the 1,000-article snapshot is not what is measured: it may use the whole budget.
  const snap = await runSync(fake, dataDir, "articles", { LENS_SYNC_SHARE: "1" });
  if (snap.code !== 0) throw new Error(`article snapshot failed: ${snap.output.slice(-500)}`);
  const lens = await startLens({ LENS_DATA_DIR: dataDir, LENS_SYNC: "off" });
  try {
    const times: number[] = [];
    const mark = fake.calls.length;
    for (let i = 0; i < 4; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(`${lens.url}/articles/insights`);
      await page.getByTestId("insights-row").first().waitFor({ timeout: 30_000 });
      await page.getByTestId("chart-top-views").locator("a[data-article-id]").first().waitFor({ timeout: 30_000 });
      if (i > 0) times.push(performance.now() - t0);
      await context.close();
    }
    const upstream = fake.calls.slice(mark).filter((c) => c.endpoint.startsWith("articles.")).length;
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    log(`  /articles/insights (1,000 articles from the store): ${ms(median)}, ${upstream} article calls upstream`);
    return [
      {
        area: "Sync",
        metric: "/articles/insights, 1,000 articles from the store: table and chart shown",
        value: ms(median),
        target: `≤ ${ms(INSIGHTS_TARGET_MS)}`,
        status: judge(median, INSIGHTS_TARGET_MS, "at most"),
        note: "median of 3 warm visits, fresh browser context each",
      },
      { area: "Sync", metric: "/articles/insights upstream article calls per view", value: String(upstream), target: "0", status: upstream === 0 ? "pass" : "fail" },
    ];
  } finally {
    await lens.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
