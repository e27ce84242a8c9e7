/**
 * `npm run bench`: builds Lens if needed, serves the fake Intercom in-process, starts Lens in live mode
 * against it, measures proxy overhead, memory, JavaScript per route, page speed, the large workspace and
 * the upstream budget, prints one table and writes it to BENCHMARKS.md.
 *
 *   --quick          one repetition and shorter load runs (to check the harness, not for numbers)
 *   --only a,b       run only these steps: proxy, budget, speed, large, soak, sync, audit-store, reports, scale-out (memory rides on proxy, bundle on budget)
 *   --build          always run `next build` first;  --no-build  never
 *   --heap MB        the soak's Lens runs with this V8 heap cap instead of `npm start`'s (to find the smallest that holds)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { Browser } from "playwright";
import { launchBrowser } from "./browser";
import { buildReason, nextBuild } from "./build";
import { measureBundles } from "./bundle-size";
import { startFakeHttp, type FakeHttp } from "./fake-http";
import { measureAuditStore } from "./audit-store";
import { measureAuditAggregation, measureContactsScroll } from "./large-workspace";
import { startLens } from "./lens-server";
import { environment } from "./machine";
import { RssSampler, type MemoryReading } from "./memory";
import { measurePageSpeed, pageSpeedMethod } from "./page-speed";
import { killAllNow, stopAll } from "./processes";
import { measureProxyOverhead } from "./proxy-overhead";
import { measureCrashRecipes, measureExport, measureLookupHammer, measureRateLimitStorm } from "./soak";
import { measureReports } from "./reports";
import { consoleTable, markdownReport, mb, type Row } from "./report";
import { MAIN_PAGES, PAGE_SPEED_PAGES, resolvePath } from "./routes";
import { INTERCOM_LIMIT_PER_WINDOW, measureInsightsFromStore, measureSyncBackfill } from "./sync";
import { findRouteIds } from "./targets";
import { measureScaleOut, SCALE_OUT_METHOD } from "./scale-out";
import { budgetRows, budgetSection, measureUpstreamBudget } from "./upstream-budget";

// BENCH_PORT_BASE lets several checkouts benchmark side by side.
const PORT_BASE = Number(process.env.BENCH_PORT_BASE || 3800);
const PORTS = {
  lensCache: PORT_BASE,
  lensNoCache: PORT_BASE + 1,
  lensFresh: PORT_BASE + 2,
  lensLarge: PORT_BASE + 3,
  lensSoak: PORT_BASE + 4,
  lensSync: PORT_BASE + 5,
  fake: PORT_BASE + 1000,
  fakeLarge: PORT_BASE + 1001,
  fakeSync: PORT_BASE + 1002,
  lensAuditStore: PORT_BASE + 6,
  fakeAuditStore: PORT_BASE + 1003,
  lensReports: PORT_BASE + 7,
  fakeReports: PORT_BASE + 1004,
  lensScaleOut: PORT_BASE + 10,
  fakeLimited: PORT_BASE + 1005,
} as const;
const UPSTREAM_LATENCY_MS = 50;
const MEMORY_SETTLE_SECONDS = 10;
const STEPS = ["proxy", "budget", "speed", "large", "soak", "sync", "audit-store", "reports", "scale-out"] as const;
type Step = (typeof STEPS)[number];

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const onlyArg = args[args.indexOf("--only") + 1];
const only = new Set<Step>(args.includes("--only") && onlyArg ? (onlyArg.split(",") as Step[]) : STEPS);
const reps = quick ? 1 : 3;
const heapMb = args.includes("--heap") ? Number(args[args.indexOf("--heap") + 1]) || undefined : undefined;

const t0 = performance.now();
function log(line: string): void {
  console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${line}`);
}

const rows: Row[] = [];
const sections: string[] = [];

/** Runs one step; a failure becomes an error row instead of ending the run. */
async function step(name: string, fn: () => Promise<void>): Promise<void> {
  log(`${name}…`);
  try {
    await fn();
  } catch (e) {
    log(`  ${name} failed: ${(e as Error).stack ?? e}`);
    rows.push({ area: name, metric: "step", value: "—", target: "—", status: "error", note: (e as Error).message.split("\n")[0] });
  }
}

function memoryRow(name: string, m: MemoryReading): Row {
  const ok = m.peak <= 300 * 1024 ** 2 && m.after <= m.before + 64 * 1024 ** 2;
  return {
    area: "Server memory",
    metric: `next-server RSS, ${name}: before / peak / ${m.settleSeconds} s after`,
    value: `${mb(m.before)} / ${mb(m.peak)} / ${mb(m.after)}`,
    target: "peak ≤ 300 MB; after ≤ before + 64 MB",
    status: Number.isFinite(m.peak) ? (ok ? "pass" : "fail") : "error",
  };
}

async function main(): Promise<void> {
  const build = args.includes("--build") ? "--build given" : args.includes("--no-build") ? null : buildReason();
  if (build) await step(`next build (${build})`, () => nextBuild(log));

  let browser: Browser | undefined;
  let fake: FakeHttp | undefined;
  let fakeLarge: FakeHttp | undefined;
  let fakeReports: FakeHttp | undefined;
  let chromiumVersion = "unknown";
  try {
    fake = await startFakeHttp({ port: PORTS.fake });
    const defaultFake = fake;
    log(`fake Intercom on ${fake.url}`);
    const ids = await findRouteIds(fake);
    log(`ids: contact ${ids.contact ?? "—"}, conversation ${ids.conversation ?? "—"}, 500+-part conversation ${ids.longConversation ?? "—"}`);
    browser = await launchBrowser();
    chromiumVersion = browser.version();

    if (only.has("proxy")) {
      await step("proxy overhead and server memory", async () => {
        defaultFake.latencyMs = 0;
        const hit = await startLens({ name: "cache", port: PORTS.lensCache, fakeUrl: defaultFake.url });
        const miss = await startLens({ name: "no cache", port: PORTS.lensNoCache, fakeUrl: defaultFake.url, env: { LENS_CACHE_TTL_MS: "0" } });
        try {
          // The baseline is a server that has served its route once, not one that never loaded it.
          await Promise.all([hit, miss].map((l) => fetch(`${l.url}/api/intercom/admins`).then((r) => r.arrayBuffer())));
          const samplers = { miss: new RssSampler(miss.serverPid), hit: new RssSampler(hit.serverPid) };
          rows.push(...(await measureProxyOverhead(defaultFake, miss, hit, { reps, warmSeconds: 1, seconds: quick ? 2 : 3, log })));
          log(`  letting the servers settle ${MEMORY_SETTLE_SECONDS} s`);
          const [m, h] = await Promise.all([samplers.miss.finish(MEMORY_SETTLE_SECONDS), samplers.hit.finish(MEMORY_SETTLE_SECONDS)]);
          rows.push(memoryRow("no-cache instance", m), memoryRow("cached instance", h));
        } finally {
          await Promise.all([hit.stop(), miss.stop()]);
        }
      });
    }

    if (only.has("budget")) {
      await step("upstream budget and JavaScript per route", async () => {
        defaultFake.latencyMs = UPSTREAM_LATENCY_MS;
        const paths = MAIN_PAGES.map((p) => resolvePath(p, ids) ?? p.replace(/\{\w+\}/, "unknown"));
        const pages = await measureUpstreamBudget(browser as Browser, defaultFake, paths, {
          startLens: () => startLens({ name: "fresh", port: PORTS.lensFresh, fakeUrl: defaultFake.url }),
          log,
        });
        rows.push(...budgetRows(pages));
        const scriptsOf = (status: number) => pages.filter((p) => p.visit.status === status).map((p) => ({ path: p.path, scripts: p.visit.scripts }));
        const bundles = measureBundles(".next", scriptsOf(200), scriptsOf(404));
        rows.push(...bundles.rows);
        sections.push(bundles.section, budgetSection(pages, UPSTREAM_LATENCY_MS));
      });
    }

    if (only.has("speed")) {
      await step("page speed", async () => {
        defaultFake.latencyMs = UPSTREAM_LATENCY_MS;
        const lens = await startLens({ name: "no cache", port: PORTS.lensNoCache, fakeUrl: defaultFake.url, env: { LENS_CACHE_TTL_MS: "0" } });
        try {
          const pages = PAGE_SPEED_PAGES.map((p) => ({ name: p.name, path: resolvePath(p.path, ids) }));
          rows.push(...(await measurePageSpeed(browser as Browser, defaultFake, lens, pages, reps, log)));
          sections.push(pageSpeedMethod(reps, UPSTREAM_LATENCY_MS));
        } finally {
          await lens.stop();
        }
      });
    }

    if (only.has("large")) {
      await step("large workspace", async () => {
        fakeLarge = await startFakeHttp({ port: PORTS.fakeLarge, scale: "large", countItems: true });
        const large = fakeLarge;
        const lens = await startLens({ name: "large", port: PORTS.lensLarge, fakeUrl: large.url });
        try {
          rows.push(...(await measureContactsScroll(browser as Browser, large, lens, log)));
        } finally {
          await lens.stop();
        }
        rows.push(...(await measureAuditAggregation(large, log)));
      });
      sections.push(LARGE_METHOD);
    }

    if (only.has("soak")) {
      await step("stay up (soak)", async () => {
        defaultFake.latencyMs = 0;
        fakeLarge ??= await startFakeHttp({ port: PORTS.fakeLarge, scale: "large" });
        const large = fakeLarge;
        const start = (name: string, env: Record<string, string>, on: FakeHttp = defaultFake) => startLens({ name, port: PORTS.lensSoak, fakeUrl: on.url, env, heapMb });
        rows.push(...(await measureCrashRecipes(start, log)));
        rows.push(...(await measureRateLimitStorm(start, defaultFake, log)));
        rows.push(...(await measureExport(start, large, log)));
        rows.push(...(await measureLookupHammer(start, defaultFake, log)));
      });
    }

    if (only.has("sync")) {
      await step("sync and store", async () => {
        const fakeSync = await startFakeHttp({ port: PORTS.fakeSync, scale: "large", rateLimitPerWindow: INTERCOM_LIMIT_PER_WINDOW });
        try {
          fakeSync.latencyMs = UPSTREAM_LATENCY_MS;
          const backfill = await measureSyncBackfill(fakeSync, log);
          rows.push(...backfill.rows);
          rows.push(...(await measureInsightsFromStore(browser as Browser, fakeSync, backfill.dataDir, (env) => startLens({ name: "sync", port: PORTS.lensSync, fakeUrl: fakeSync.url, env }), log)));
        } finally {
          await fakeSync.close();
        }
      });
    }

    if (only.has("audit-store")) {
      await step("audit log from the store", async () => {
        const fakeStore = await startFakeHttp({ port: PORTS.fakeAuditStore, scale: "large" });
        try {
          rows.push(...(await measureAuditStore(browser as Browser, fakeStore, PORTS.lensAuditStore, UPSTREAM_LATENCY_MS, reps, log)));
        } finally {
          await fakeStore.close();
        }
      });
    }

    if (only.has("reports")) {
      await step("reports on the large workspace", async () => {
        fakeReports = await startFakeHttp({ port: PORTS.fakeReports, scale: "large" });
        rows.push(...(await measureReports(browser as Browser, fakeReports, PORTS.lensReports, log)));
      });
    }

    if (only.has("scale-out")) {
      await step("scale-out", async () => {
        // Its own fake, announcing a realistic limit, so the budget rows mean something.
        const limited = await startFakeHttp({ port: PORTS.fakeLimited, rateLimitPerWindow: 166 });
        try {
          limited.latencyMs = UPSTREAM_LATENCY_MS;
          rows.push(
            ...(await measureScaleOut({
              fake: limited,
              upstreamLimit: 166,
              share: 0.5,
              startLens: (name, i, env) => startLens({ name, port: PORTS.lensScaleOut + i, fakeUrl: limited.url, env }),
              log,
            })),
          );
          sections.push(SCALE_OUT_METHOD);
        } finally {
          await limited.close();
        }
      });
    }
  } finally {
    await browser?.close().catch(() => {});
    await stopAll();
    await fake?.close();
    await fakeLarge?.close();
    await fakeReports?.close();
  }

  const seconds = (performance.now() - t0) / 1000;
  console.log(`\n${consoleTable(rows)}\n`);
  const env = environment(chromiumVersion);
  sections.unshift(NOISE_NOTE);
  writeFileSync("BENCHMARKS.md", markdownReport(env, rows, sections, seconds));
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(`bench/results/${env.date.replace(/[: ]/g, "-")}.json`, JSON.stringify({ env, rows, quick }, null, 2));
  log(`wrote BENCHMARKS.md (${rows.filter((r) => r.status === "fail").length} failing, ${rows.filter((r) => r.status === "error").length} errors) in ${Math.round(seconds)} s`);
}

const NOISE_NOTE = `## How to read this

Everything runs on this one machine: the fake Intercom and the load generator (autocannon) share the bench
process, and Lens runs as \`next start\` on 127.0.0.1. Timings are medians of ${reps} repetitions${quick ? " (a --quick run: one repetition, not for numbers)" : ""}; "added" latency is
the proxied run minus the direct run of the same repetition. Proxy rows compare a Lens with \`LENS_CACHE_TTL_MS=0\`
(every request goes upstream) against the fake directly; cache-hit rows use a Lens with the default cache. Each
load run is autocannon's programmatic API (1 s warm-up, then ${quick ? 2 : 3} s measured), with every response time kept
(autocannon's own histogram rounds to whole milliseconds). At c=32 identical concurrent requests on the no-cache
Lens still share one upstream call (coalescing), as they would in production. Other work on the machine (see the
load average above) shifts absolute numbers; compare runs on the same machine kind.

Server memory is the RSS of the \`next-server\` process (from /proc) after one warm-up request, its peak while
the proxy runs load, and again after ${MEMORY_SETTLE_SECONDS} s of rest. V8 returns memory lazily, so an "after" above the
baseline is not by itself a leak; growth across repeated runs would be.`;

const LARGE_METHOD = `## Large workspace

A second fake with the large scale (1,000,000 contacts, 100,000 activity-log entries) and a Lens with the default
cache. \`/contacts\` is driven through its own mechanism: the tallest scrollable box in \`<main>\` (or the page) is
scrolled to its end and any "Load more" button is pressed until the fake has served 10,000 contacts (counted from
the list answers). Then the list is scrolled 300 px per animation frame for 4 s and the frame-to-frame deltas are
recorded; 60 fps means no frame far beyond 16.7 ms, and the target allows none over 50 ms. The audit aggregation is
the audit page's own pipeline from lib/audit (entries → rows in the workspace's time zone, then the four chart
aggregations), timed in Node on 100,000 entries read from the large fake.`;

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping child processes`);
    void stopAll().finally(() => process.exit(130));
  });
}
process.on("exit", killAllNow);

main().catch((e: unknown) => {
  console.error(e);
  killAllNow();
  process.exit(1);
});
