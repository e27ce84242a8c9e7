/**
 * The same request straight to the fake and through /api/intercom/…, on a Lens without cache (every
 * request goes upstream) and a Lens with its default cache (hits), at concurrency 1 and 32.
 */
import { BENCH_TOKEN, type FakeHttp } from "./fake-http";
import type { LensServer } from "./lens-server";
import { warmThenLoad, type LoadResult } from "./load";
import { judge, kib, ms, num, type Row } from "./report";
import { median } from "./stats";

export const PROXY_ENDPOINTS = ["/admins", "/contacts?per_page=150"] as const;

export interface ProxyOptions {
  reps: number;
  warmSeconds: number;
  seconds: number;
  log(line: string): void;
}

type Target = "direct" | "miss" | "hit";

export async function measureProxyOverhead(fake: FakeHttp, miss: LensServer, hit: LensServer, options: ProxyOptions): Promise<Row[]> {
  const rows: Row[] = [];
  for (const endpoint of PROXY_ENDPOINTS) {
    const probe = await fake.get<unknown>(endpoint);
    const area = `Proxy ${endpoint}`;
    if (probe.status !== 200) {
      rows.push({ area, metric: "all rows", value: "—", target: "—", status: "not built", note: `the fake answers ${probe.status}${probe.status === 501 ? ' ("pending")' : ""}` });
      continue;
    }
    const size = JSON.stringify(probe.json).length;
    const hitUpstream: { requests: number; upstream: number }[] = [];
    for (const connections of [1, 32]) {
      const runs: Record<Target, LoadResult[]> = { direct: [], miss: [], hit: [] };
      for (let rep = 1; rep <= options.reps; rep++) {
        for (const target of ["direct", "miss", "hit"] as const) {
          const url = target === "direct" ? `${fake.url}${endpoint}` : `${target === "miss" ? miss.url : hit.url}/api/intercom${endpoint}`;
          const headers = target === "direct" ? { authorization: `Bearer ${BENCH_TOKEN}`, accept: "application/json" } : undefined;
          const before = fake.calls.length;
          const result = await warmThenLoad({ url, connections, seconds: options.seconds, headers }, options.warmSeconds);
          runs[target].push(result);
          if (target === "hit") hitUpstream.push({ requests: result.requests, upstream: fake.calls.length - before });
          options.log(
            `  ${endpoint} c=${connections} ${target} rep ${rep}: p50 ${ms(result.p50)} p99 ${ms(result.p99)} ${num(result.rps)} req/s${result.non2xx || result.errors ? `, ${result.non2xx} non-2xx, ${result.errors} errors` : ""}`,
          );
        }
      }
      rows.push(...summarise(`${area} (${kib(size)})`, connections, runs));
    }
    const totals = hitUpstream.reduce((a, b) => ({ requests: a.requests + b.requests, upstream: a.upstream + b.upstream }), { requests: 0, upstream: 0 });
    rows.push({
      area,
      metric: "upstream calls per 1,000 cached requests",
      value: totals.requests ? (totals.upstream / (totals.requests / 1000)).toFixed(2) : "—",
      target: "≈ 0 (info)",
      status: "info",
      note: `${num(totals.upstream)} upstream calls for ${num(totals.requests)} requests, warm-ups included`,
    });
  }
  return rows;
}

function summarise(area: string, c: number, runs: Record<Target, LoadResult[]>): Row[] {
  const med = (t: Target, f: (r: LoadResult) => number) => median(runs[t].map(f));
  const added = (f: (r: LoadResult) => number) => median(runs.miss.map((r, i) => f(r) - f(runs.direct[i] as LoadResult)));
  const failures = (t: Target) => runs[t].reduce((n, r) => n + r.non2xx + r.errors, 0);
  const errorNote = (t: Target) => (failures(t) ? `${num(failures(t))} failed requests` : "");
  const basis = `direct p50 ${ms(med("direct", (r) => r.p50))}, proxied p50 ${ms(med("miss", (r) => r.p50))}`;
  if (c === 1) {
    const p50 = added((r) => r.p50);
    const p99 = added((r) => r.p99);
    const hitP50 = med("hit", (r) => r.p50);
    return [
      {
        area,
        metric: "added p50, c=1, cache miss",
        value: ms(p50),
        target: "≤ 1.5 ms",
        status: failures("miss") ? "error" : judge(p50, 1.5, "at most"),
        note: [basis, errorNote("miss")].filter(Boolean).join("; "),
      },
      {
        area,
        metric: "added p99, c=1, cache miss",
        value: ms(p99),
        target: "≤ 10 ms",
        status: failures("miss") ? "error" : judge(p99, 10, "at most"),
        note: `direct p99 ${ms(med("direct", (r) => r.p99))}, proxied p99 ${ms(med("miss", (r) => r.p99))}`,
      },
      {
        area,
        metric: "cache hit p50, c=1",
        value: ms(hitP50),
        target: "≤ 1 ms",
        status: failures("hit") ? "error" : judge(hitP50, 1, "at most"),
        note: [`hit p99 ${ms(med("hit", (r) => r.p99))}`, errorNote("hit")].filter(Boolean).join("; "),
      },
    ];
  }
  const rps = med("miss", (r) => r.rps);
  return [
    {
      area,
      metric: `proxied req/s, c=${c}, cache miss`,
      value: num(rps),
      target: "≥ 700",
      status: failures("miss") ? "error" : judge(rps, 700, "at least"),
      note: [`direct ${num(med("direct", (r) => r.rps))} req/s; proxied p50 ${ms(med("miss", (r) => r.p50))}, p99 ${ms(med("miss", (r) => r.p99))}`, errorNote("miss")].filter(Boolean).join("; "),
    },
    {
      area,
      metric: `cache hit req/s, c=${c}`,
      value: num(med("hit", (r) => r.rps)),
      target: "info",
      status: failures("hit") ? "error" : "info",
      note: [`hit p50 ${ms(med("hit", (r) => r.p50))}, p99 ${ms(med("hit", (r) => r.p99))}`, errorNote("hit")].filter(Boolean).join("; "),
    },
  ];
}
