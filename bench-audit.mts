import { countByType, eventsPerPeriod, topTeammates, weekdayHourHeatmap } from "./lib/audit/aggregate";
import { fetchActivityRange, type PageFetcher } from "./lib/audit/fetch-range";
import { granularityFor } from "./lib/audit/filter";
import { toRows } from "./lib/audit/rows";
import { zonedParts } from "./lib/audit/zoned";
import type { ActivityLogList } from "./lib/intercom/types/activity-logs";

const DAY = 86_400;
const fetcherFor = (base: string, headers: Record<string, string>, bytes: { n: number }): PageFetcher => async (query) => {
  const res = await fetch(`${base}?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`, { headers });
  const text = await res.text();
  bytes.n += text.length;
  if (!res.ok) throw new Error(`${res.status} ${text.slice(0, 200)}`);
  return JSON.parse(text) as ActivityLogList;
};

async function sequential(fetchPage: PageFetcher, after: number, before: number) {
  let cursor: string | null | undefined;
  let n = 0;
  do {
    const p = await fetchPage({ created_at_after: after, created_at_before: before, per_page: 150, ...(cursor ? { starting_after: cursor } : {}) });
    n += p.activity_logs?.length ?? 0;
    cursor = p.pages?.next?.starting_after;
  } while (cursor);
  return n;
}

async function main() {
  const now = Math.floor(Date.now() / 1000);
const after = now - 90 * DAY;

const runs = process.argv[2] === "server" ? ["server-direct"] : ["proxy-seq", "proxy-sliced", "direct-sliced", "server-direct"];
for (const mode of runs) {
  const bytes = { n: 0 };
  const viaProxy = mode.startsWith("proxy");
  // Bust Lens's 30-second cache between runs with a distinct "before".
  const before = now - (mode === "proxy-seq" ? 1 : mode === "proxy-sliced" ? 2 : 3);
  const f = fetcherFor(viaProxy ? "http://127.0.0.1:3299/api/intercom/admins/activity_logs" : "http://127.0.0.1:4299/admins/activity_logs", { authorization: "Bearer x", accept: "application/json" }, bytes);
  const t0 = performance.now();
  let count: number;
  let aggMs = 0;
  if (mode === "proxy-seq") count = await sequential(f, after, before);
  else {
    const logs = await fetchActivityRange({ after, before, fetchPage: f });
    count = logs.length;
    const t1 = performance.now();
    const z = zonedParts("Europe/Dublin");
    const rows = toRows(logs, z);
    eventsPerPeriod(rows, granularityFor(after, before), after, before, z);
    topTeammates(rows);
    countByType(rows);
    weekdayHourHeatmap(rows);
    aggMs = performance.now() - t1;
  }
  console.log(mode.padEnd(14), `entries=${count}`, `fetch=${Math.round(performance.now() - t0 - aggMs)}ms`, `agg=${Math.round(aggMs)}ms`, `bytes=${(bytes.n / 1e6).toFixed(1)}MB`);
}
}
main();
