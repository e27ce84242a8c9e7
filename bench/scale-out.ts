/**
 * Several instances, one shared state: the same build started as 1 and then as 3 Lens instances
 * (round robin) on one Redis, against the fake over HTTP with Intercom's rate limit, running the same
 * seeded workload. Counts upstream calls (in total and per 10-second window), the burst's calls, 429s,
 * failed requests with Redis killed halfway, and the latency the shared tier adds to a cache hit.
 */
import { performance } from "node:perf_hooks";
import { TestRedis } from "@/lib/testing/redis-server";
import type { FakeHttp, UpstreamCall } from "./fake-http";
import type { LensServer } from "./lens-server";
import { judge, ms, type Row } from "./report";
import { percentile } from "./stats";

export interface ScaleOutOptions {
  fake: FakeHttp;
  /** Intercom's per-10-second limit the fake announces. */
  upstreamLimit: number;
  /** LENS_UPSTREAM_SHARE given to every instance. */
  share: number;
  startLens(name: string, index: number, env: Record<string, string>): Promise<LensServer>;
  log(line: string): void;
}

const REQUESTS = 300;
const CONCURRENCY = 20;
const BURST = 30;
const WINDOW_MS = 10_000;

/** 40 distinct list calls; the workload picks them with a skew (the first ones far more often). */
const WORKLOAD_PATHS = [...Array.from({ length: 20 }, (_, i) => `/api/intercom/contacts?per_page=${i + 1}`), ...Array.from({ length: 20 }, (_, i) => `/api/intercom/conversations?per_page=${i + 1}`)];
const BURST_PATH = "/api/intercom/companies?per_page=7";
const LATENCY_PATHS = Array.from({ length: 100 }, (_, i) => `/api/intercom/contacts?per_page=${i + 40}`);

/** mulberry32: the same "random" workload on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function workload(): string[] {
  const random = seeded(14);
  const weights = WORKLOAD_PATHS.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b);
  return Array.from({ length: REQUESTS }, () => {
    let r = random() * total;
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) <= 0) return WORKLOAD_PATHS[i]!;
    return WORKLOAD_PATHS.at(-1)!;
  });
}

interface RunResult {
  failed: number;
  calls: UpstreamCall[];
}

/** Sends `paths` to the instances round robin, `CONCURRENCY` at a time; `onProgress` sees each answer's index. */
async function drive(instances: readonly LensServer[], paths: readonly string[], fake: FakeHttp, onProgress?: (done: number) => Promise<void> | void): Promise<RunResult> {
  const mark = fake.calls.length;
  let next = 0;
  let done = 0;
  let failed = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      try {
        const res = await fetch(`${instances[i % instances.length]!.url}${paths[i]}`);
        await res.arrayBuffer();
        if (res.status !== 200) failed++;
      } catch {
        failed++;
      }
      await onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, paths.length) }, worker));
  return { failed, calls: fake.calls.slice(mark) };
}

/** The burst: identical requests at once, spread over the instances. */
async function burst(instances: readonly LensServer[], fake: FakeHttp): Promise<RunResult> {
  const mark = fake.calls.length;
  const answers = await Promise.all(
    Array.from({ length: BURST }, (_, i) =>
      fetch(`${instances[i % instances.length]!.url}${BURST_PATH}`).then(
        async (r) => (await r.arrayBuffer(), r.status),
        () => 0,
      ),
    ),
  );
  return { failed: answers.filter((s) => s !== 200).length, calls: fake.calls.slice(mark).filter((c) => c.path === BURST_PATH.replace("/api/intercom", "")) };
}

/** The most calls the fake saw in any 10-second window of Intercom's (aligned to wall-clock seconds, as its reset is). */
function busiestWindow(calls: readonly UpstreamCall[]): number {
  const offset = Date.now() - performance.now();
  const counts = new Map<number, number>();
  for (const c of calls) {
    const w = Math.floor((c.start + offset) / WINDOW_MS);
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return Math.max(0, ...counts.values());
}

async function timed(url: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - t;
}

export async function measureScaleOut({ fake, upstreamLimit, share, startLens, log }: ScaleOutOptions): Promise<Row[]> {
  const redis = await TestRedis.start();
  const budget = Math.floor(upstreamLimit * share);
  // One load generator is one client address: its per-address limit is off, so only the upstream side is measured.
  const env = (instances: number) => ({
    REDIS_URL: redis.url,
    LENS_INSTANCES: String(instances),
    LENS_UPSTREAM_SHARE: String(share),
    LENS_UPSTREAM_LIMIT: String(upstreamLimit),
    LENS_RATE_LIMIT_PER_SECOND: "0",
  });
  const start = (n: number, tag: string) => Promise.all(Array.from({ length: n }, (_, i) => startLens(`${tag} ${i + 1}/${n}`, i, env(n))));
  const stop = (servers: LensServer[]) => Promise.all(servers.map((s) => s.stop()));
  const paths = workload();
  const all: UpstreamCall[] = [];
  const rows: Row[] = [];
  try {
    const one = await start(1, "single");
    let single: RunResult;
    let singleBurst: RunResult;
    try {
      single = await drive(one, paths, fake);
      singleBurst = await burst(one, fake);
    } finally {
      await stop(one);
    }
    all.push(...single.calls, ...singleBurst.calls);
    log(`  1 instance: ${single.calls.length} upstream calls, ${single.failed} failed; burst ${singleBurst.calls.length} calls`);

    await flush(redis);
    const three = await start(3, "shared");
    let shared: RunResult;
    let sharedBurst: RunResult;
    const l1: number[] = [];
    const l2: number[] = [];
    try {
      shared = await drive(three, paths, fake);
      sharedBurst = await burst(three, fake);
      // The shared tier's cost on a hit: instance 2 reads what instance 1 fetched (Redis), then again (its own memory).
      for (const path of LATENCY_PATHS) {
        await timed(`${three[0]!.url}${path}`);
        l2.push(await timed(`${three[1]!.url}${path}`));
        l1.push(await timed(`${three[1]!.url}${path}`));
      }
    } finally {
      await stop(three);
    }
    all.push(...shared.calls, ...sharedBurst.calls);
    log(`  3 instances: ${shared.calls.length} upstream calls, ${shared.failed} failed; burst ${sharedBurst.calls.length} calls`);

    await flush(redis);
    const again = await start(3, "redis killed");
    let killed: RunResult;
    try {
      killed = await drive(again, paths, fake, async (done) => {
        if (done === REQUESTS / 2) await redis.kill();
      });
    } finally {
      await stop(again);
    }
    all.push(...killed.calls);
    log(`  3 instances, Redis killed halfway: ${killed.calls.length} upstream calls, ${killed.failed} failed`);

    const bound = 1.05 * single.calls.length + 2;
    const limited = all.filter((c) => c.status === 429).length;
    const busiest = busiestWindow(all);
    // Paired: each path's shared hit minus its memory hit on the same instance, a moment apart.
    const diffs = l2.map((t, i) => t - l1[i]!);
    const added = (p: number) => percentile(diffs, p);
    rows.push(
      {
        area: "Scale-out",
        metric: `upstream calls for ${REQUESTS} requests over ${WORKLOAD_PATHS.length} paths, 3 instances vs 1`,
        value: `${shared.calls.length} vs ${single.calls.length}`,
        target: `≤ 1.05 × 1-instance + 2 (${bound.toFixed(1)})`,
        status: judge(shared.calls.length, bound, "at most"),
      },
      {
        area: "Scale-out",
        metric: `burst of ${BURST} identical requests over 3 instances: upstream calls`,
        value: String(sharedBurst.calls.length),
        target: "exactly 1",
        status: sharedBurst.calls.length === 1 && sharedBurst.failed === 0 ? "pass" : "fail",
      },
      {
        area: "Scale-out",
        metric: "busiest 10-second window, all runs (upstream calls)",
        value: String(busiest),
        target: `≤ budget ${budget} (${share} × limit ${upstreamLimit})`,
        status: judge(busiest, budget, "at most"),
      },
      { area: "Scale-out", metric: "upstream 429s, all runs", value: String(limited), target: "0", status: judge(limited, 0, "at most") },
      { area: "Scale-out", metric: "Redis killed halfway: failed user requests", value: `${killed.failed} of ${REQUESTS}`, target: "0", status: judge(killed.failed, 0, "at most") },
      {
        area: "Scale-out",
        metric: "Redis killed halfway: busiest 10-second window",
        value: String(busiestWindow(killed.calls)),
        target: `≤ budget ${budget}`,
        status: judge(busiestWindow(killed.calls), budget, "at most"),
      },
      {
        area: "Scale-out",
        metric: "shared-tier hit vs memory hit, added latency p50 / p99",
        value: `${ms(added(50))} / ${ms(added(99))}`,
        target: "report",
        status: "info",
        note: `shared hit p50 ${ms(percentile(l2, 50))}, memory hit p50 ${ms(percentile(l1, 50))}, ${LATENCY_PATHS.length} paths`,
      },
    );
    return rows;
  } finally {
    await redis.stop();
  }
}

async function flush(redis: TestRedis): Promise<void> {
  const { createClient } = await import("redis");
  const client = await createClient({ url: redis.url }).connect();
  await client.flushAll();
  client.destroy();
}

export const SCALE_OUT_METHOD = `## Scale-out

One redis-server (persistence off) and a fake Intercom over HTTP that announces a limit of 166 calls per 10 s;
every Lens instance gets \`LENS_UPSTREAM_SHARE=0.5\`, so the budget is 83 calls per window for all of them
together. The same build runs as 1 instance, then as 3 (requests spread round robin), each time on an empty
Redis, with the same seeded workload: ${REQUESTS} requests over ${WORKLOAD_PATHS.length} list paths picked with a 1/rank skew, ${CONCURRENCY} at a time,
then a burst of ${BURST} identical requests at once. A third run starts 3 fresh instances and kills Redis
(SIGKILL) after half the requests. Windows are Intercom's: 10-second slices of wall-clock time, counted from
the fake's log of calls. The shared-tier latency compares, for ${LATENCY_PATHS.length} paths, a request on instance 2
for what instance 1 just fetched (served from Redis) with the same request again (served from instance 2's
memory).`;
