/**
 * "Stay up" soak: the loads that used to knock Lens over, with the server watched throughout.
 *
 * 1. Crash recipes (demo mode, per-client limits off so the whole load reaches the server): the audit
 *    page's range walk for a year and for 2025-11-20…2026-11-20 on the large workspace, 2,100 distinct
 *    activity-log pages one at a time on the default one, then 4 parallel clients of distinct pages for
 *    60 s. /api/health is probed every 250 ms; next-server RSS is sampled; the server must not restart.
 * 2. A 429 storm: the fake answers 429 with a reset a minute away while 10 clients each ask for an
 *    uncached path every second for 60 s; count what reaches the fake.
 * 3. The company export on the large workspace (10,000 companies): RSS growth while it streams, then an
 *    export aborted part-way and the scroll calls that still arrive after the abort.
 * 4. One client hammering company-name lookups with fresh ids while another browses (two addresses
 *    behind a trusted proxy): the browser's p95 and any 504.
 */
import { performance } from "node:perf_hooks";
import { fetchActivityRange } from "@/lib/audit/fetch-range";
import type { ActivityLogList } from "@/lib/intercom/types/activity-logs";
import type { FakeHttp } from "./fake-http";
import type { LensServer } from "./lens-server";
import { rssBytes } from "./processes";
import { judge, mb, ms, num, type Row } from "./report";
import { percentile } from "./stats";

// Costly routes start only from Lens's own pages; the bench stands in for one.
const SAME_ORIGIN = { "sec-fetch-site": "same-origin" };

type Log = (line: string) => void;
type Start = (name: string, env: Record<string, string>, fake?: FakeHttp) => Promise<LensServer>;

const AREA = "Stay up (soak)";
const DAY = 86_400;

/** Watches one server: RSS peak, /api/health latency, and whether its process stayed the same. */
class Watch {
  private readonly timer: NodeJS.Timeout;
  readonly before: number;
  peak: number;
  healthMax = 0;
  healthFailures = 0;
  private probing = false;

  constructor(private readonly lens: LensServer) {
    this.before = rssBytes(lens.serverPid);
    this.peak = this.before;
    this.timer = setInterval(() => {
      const rss = rssBytes(lens.serverPid);
      if (rss > this.peak) this.peak = rss;
      void this.probe();
    }, 250);
  }

  private async probe(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    const started = performance.now();
    try {
      const res = await fetch(`${this.lens.url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (!res.ok) this.healthFailures++;
    } catch {
      this.healthFailures++;
    }
    this.healthMax = Math.max(this.healthMax, performance.now() - started);
    this.probing = false;
  }

  /** The server is still the process it started as. */
  get alive(): boolean {
    return this.lens.child.exitCode === null && Number.isFinite(rssBytes(this.lens.serverPid));
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

async function getJson<T>(url: string, headers: Record<string, string> = {}): Promise<{ status: number; json: T | null; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, { headers: { accept: "application/json", ...headers } });
  const text = await res.text();
  let json: T | null = null;
  try {
    json = JSON.parse(text) as T;
  } catch {
    json = null;
  }
  return { status: res.status, json, ms: performance.now() - started };
}

/** The audit page's own range walk (lib/audit), sent to Lens over HTTP. */
async function auditRange(lens: LensServer, after: number, before: number): Promise<number> {
  const entries = await fetchActivityRange({
    after,
    before,
    fetchPage: async (query) => {
      const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
      const { status, json } = await getJson<ActivityLogList>(`${lens.url}/api/intercom/admins/activity_logs?${qs}`);
      if (status !== 200 || !json) throw new Error(`activity logs answered ${status}`);
      return json;
    },
  });
  return entries.length;
}

export async function measureCrashRecipes(start: Start, log: Log): Promise<Row[]> {
  const noLimits = { INTERCOM_ACCESS_TOKEN: "", INTERCOM_API_BASE_URL: "", LENS_RATE_LIMIT_PER_SECOND: "0" };
  const now = Math.floor(Date.now() / 1000);
  const results: { name: string; watch: Watch; alive: boolean }[] = [];

  // Recipe 1 and the parallel clients: demo mode on the large workspace.
  const large = await start("demo large", { ...noLimits, LENS_FAKE_SCALE: "large" });
  const w1 = new Watch(large);
  try {
    log("  audit range, last year");
    log(`    ${num(await auditRange(large, now - 365 * DAY, now))} entries`);
    log("  audit range, 2025-11-20 to 2026-11-20");
    log(`    ${num(await auditRange(large, Date.UTC(2025, 10, 20) / 1000, Date.UTC(2026, 10, 20) / 1000 + DAY - 1))} entries`);
    log("  4 parallel clients of distinct activity-log pages, 60 s");
    const until = performance.now() + 60_000;
    let pages = 0;
    let bad = 0;
    await Promise.all(
      Array.from({ length: 4 }, async (_, c) => {
        for (let i = 0; performance.now() < until; i++) {
          const after = now - 170 * DAY + (c * 1_000_000 + i) * 61;
          const r = await getJson(`${large.url}/api/intercom/admins/activity_logs?created_at_after=${after}&per_page=150`);
          pages++;
          if (r.status !== 200) bad++;
        }
      }),
    );
    log(`    ${num(pages)} pages, ${bad} not 200`);
  } finally {
    w1.stop();
    results.push({ name: "large", watch: w1, alive: w1.alive });
    await large.stop();
  }

  // Recipe 2: the default demo workspace, 2,100 distinct pages one at a time.
  const demo = await start("demo", noLimits);
  const w2 = new Watch(demo);
  try {
    log("  2,100 distinct activity-log pages, one at a time");
    const t = now - 175 * DAY;
    let bad = 0;
    for (let i = 0; i <= 2_100; i++) {
      const r = await getJson(`${demo.url}/api/intercom/admins/activity_logs?created_at_after=${t + 60 * i}&per_page=150`);
      if (r.status !== 200) bad++;
    }
    log(`    ${bad} not 200`);
  } finally {
    w2.stop();
    results.push({ name: "default", watch: w2, alive: w2.alive });
    await demo.stop();
  }

  const restarts = results.filter((r) => !r.alive).length;
  const healthMax = Math.max(...results.map((r) => r.watch.healthMax));
  const healthFailures = results.reduce((s, r) => s + r.watch.healthFailures, 0);
  const peak = Math.max(...results.map((r) => r.watch.peak));
  return [
    { area: AREA, metric: "crash recipes + 4 parallel clients 60 s: server restarts", value: String(restarts), target: "0", status: restarts === 0 ? "pass" : "fail" },
    {
      area: AREA,
      metric: "… /api/health slowest answer (probed every 250 ms)",
      value: ms(healthMax),
      target: "≤ 1 s, no failure",
      status: healthFailures > 0 ? "fail" : judge(healthMax, 1_000, "at most"),
      note: healthFailures > 0 ? `${healthFailures} probes failed` : undefined,
    },
    { area: AREA, metric: "… next-server RSS peak", value: results.map((r) => `${r.name} ${mb(r.watch.peak)}`).join(", "), target: "≤ 400 MB", status: judge(peak, 400 * 1024 ** 2, "at most") },
  ];
}

export async function measureRateLimitStorm(start: Start, fake: FakeHttp, log: Log): Promise<Row[]> {
  const lens = await start("storm", {}, fake);
  try {
    fake.fake.setFault({ kind: "rate_limit", resetInSeconds: 60 });
    const from = fake.calls.length;
    const started = performance.now();
    const statuses: Record<number, number> = {};
    log("  10 clients × 1 uncached request/s for 60 s, Intercom answering 429 with a reset a minute away");
    await Promise.all(
      Array.from({ length: 10 }, async (_, c) => {
        for (let i = 0; i < 60; i++) {
          const due = started + i * 1_000 + c * 100;
          await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
          const after = 1_700_000_000 + c * 100_000 + i;
          const r = await getJson(`${lens.url}/api/intercom/admins/activity_logs?created_at_after=${after}&per_page=10`, { "x-forwarded-for": `10.0.0.${c + 1}` });
          statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        }
      }),
    );
    const upstream = fake.calls.length - from;
    log(`    ${upstream} upstream calls; answers ${JSON.stringify(statuses)}`);
    return [
      {
        area: AREA,
        metric: "60 s 429 storm, 10 clients × 1 req/s uncached: calls reaching Intercom",
        value: String(upstream),
        target: "≤ 15",
        status: judge(upstream, 15, "at most"),
        note: `answers: ${Object.entries(statuses)
          .map(([s, n]) => `${n}× ${s}`)
          .join(", ")}`,
      },
    ];
  } finally {
    fake.fake.setFault(null);
    await lens.stop();
  }
}

export async function measureExport(start: Start, fakeLarge: FakeHttp, log: Log): Promise<Row[]> {
  const lens = await start("export", {}, fakeLarge);
  const scrollCalls = () => fakeLarge.calls.filter((c) => c.endpoint === "companies.scroll");
  try {
    // Warm the route once on a small read so the baseline is a server that has loaded it.
    await getJson(`${lens.url}/api/intercom/data_attributes?model=company`);
    const before = rssBytes(lens.serverPid);
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssBytes(lens.serverPid));
    }, 100);
    log("  full export, 10,000 companies");
    const started = performance.now();
    let bytes = 0;
    let status = 0;
    try {
      const res = await fetch(`${lens.url}/api/companies/export`, { headers: SAME_ORIGIN });
      status = res.status;
      const reader = res.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
      }
    } finally {
      clearInterval(sampler);
    }
    log(`    ${status}, ${mb(bytes)} of CSV in ${ms(performance.now() - started)}, ${scrollCalls().length} scroll calls`);

    log("  export aborted part-way");
    const abort = new AbortController();
    const res = await fetch(`${lens.url}/api/companies/export`, { signal: abort.signal, headers: SAME_ORIGIN });
    const reader = res.body!.getReader();
    for (let i = 0; i < 5; i++) await reader.read();
    abort.abort();
    const abortedAt = performance.now();
    await new Promise((r) => setTimeout(r, 3_000));
    const late = scrollCalls().filter((c) => c.start > abortedAt);
    const lastAfter = late.length ? Math.max(...late.map((c) => c.start - abortedAt)) : 0;
    log(`    ${late.length} scroll calls after the abort, the last ${ms(lastAfter)} after it`);
    const growth = peak - before;
    return [
      {
        area: AREA,
        metric: "company export, large workspace: RSS growth while streaming",
        value: mb(growth),
        target: "≤ 64 MB",
        status: status === 200 ? judge(growth, 64 * 1024 ** 2, "at most") : "error",
        note: `${mb(bytes)} CSV, ${status}`,
      },
      {
        area: AREA,
        metric: "… scroll calls stop after the client aborts (last call after abort)",
        value: ms(lastAfter),
        target: "≤ 1 s",
        status: judge(lastAfter, 1_000, "at most"),
        note: `${late.length} calls after abort`,
      },
    ];
  } finally {
    await lens.stop();
  }
}

export async function measureLookupHammer(start: Start, fake: FakeHttp, log: Log): Promise<Row[]> {
  const lens = await start("lookups", { LENS_TRUST_PROXY: "1" }, fake);
  const browsing = [
    "/api/intercom/admins",
    "/api/intercom/teams",
    "/api/intercom/tags",
    "/api/intercom/contacts?per_page=50",
    "/api/intercom/companies?per_page=15",
    "/api/intercom/conversations?per_page=20",
    "/api/intercom/admins/activity_logs?created_at_after=1700000000&per_page=150",
  ];
  try {
    const until = performance.now() + 30_000;
    const hammer = { requests: 0, statuses: {} as Record<number, number> };
    const freshIds = () =>
      Array.from(
        { length: 50 },
        () =>
          `64f1c1${Math.floor(Math.random() * 16 ** 12)
            .toString(16)
            .padStart(18, "0")}`,
      ).join(",");
    log("  one client hammering company-name lookups with fresh ids (4 in flight) while another browses, 30 s");
    const hammering = Promise.all(
      Array.from({ length: 4 }, async () => {
        while (performance.now() < until) {
          const r = await getJson(`${lens.url}/api/lookup/company-names?ids=${freshIds()}`, { "x-forwarded-for": "10.0.0.66", "sec-fetch-site": "same-origin" });
          hammer.requests++;
          hammer.statuses[r.status] = (hammer.statuses[r.status] ?? 0) + 1;
          if (r.status === 429) await new Promise((res) => setTimeout(res, 50));
        }
      }),
    );
    const times: number[] = [];
    const statuses: Record<number, number> = {};
    for (let i = 0; performance.now() < until; i++) {
      const r = await getJson(`${lens.url}${browsing[i % browsing.length]}`, { "x-forwarded-for": "10.0.0.7" });
      times.push(r.ms);
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      await new Promise((res) => setTimeout(res, 200));
    }
    await hammering;
    const p95 = percentile(times, 95);
    const timeouts = statuses[504] ?? 0;
    log(`    browsing p95 ${ms(p95)} over ${times.length} views ${JSON.stringify(statuses)}; hammer ${hammer.requests} lookups ${JSON.stringify(hammer.statuses)}`);
    return [
      {
        area: AREA,
        metric: "lookup hammer vs browsing: the browser's p95",
        value: ms(p95),
        target: "≤ 2 s, no 504",
        status: timeouts > 0 ? "fail" : judge(p95, 2_000, "at most"),
        note: `${timeouts}× 504; hammer answers ${Object.entries(hammer.statuses)
          .map(([s, n]) => `${n}× ${s}`)
          .join(", ")}`,
      },
    ];
  } finally {
    await lens.stop();
  }
}
