/** LCP and total blocking time of the main pages in Chromium, against a fake with upstream latency. */
import type { Browser } from "playwright";
import { visit, type Visit } from "./browser";
import { upstreamChain } from "./chain";
import { pendingEndpoints, type FakeHttp } from "./fake-http";
import type { LensServer } from "./lens-server";
import { judge, ms, type Row, type Status } from "./report";
import { median } from "./stats";

export interface SpeedPage {
  name: string;
  /** null when the page needs an id the fake cannot give yet. */
  path: string | null;
}

export async function measurePageSpeed(browser: Browser, fake: FakeHttp, lens: LensServer, pages: readonly SpeedPage[], reps: number, log: (line: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  for (const page of pages) {
    const area = `Page speed: ${page.name}`;
    if (!page.path) {
      rows.push({ area, metric: "LCP / TBT", value: "—", target: "≤ 800 ms / ≤ 100 ms", status: "not built", note: "no such record in the fake yet" });
      continue;
    }
    const mark = fake.calls.length;
    const warm = await visit(browser, lens.url, page.path);
    if (warm.status === 404) {
      rows.push({ area, metric: "LCP / TBT", value: "—", target: "≤ 800 ms / ≤ 100 ms", status: "not built", note: `${page.path} answers 404` });
      log(`  ${page.path}: not built`);
      continue;
    }
    const visits: Visit[] = [];
    const chains: number[] = [];
    for (let i = 0; i < reps; i++) {
      const before = fake.calls.length;
      visits.push(await visit(browser, lens.url, page.path));
      chains.push(upstreamChain(fake.calls.slice(before)));
    }
    // A page whose endpoints are still "pending" (501) is measured, but not judged: Lens retries them.
    const pending = pendingEndpoints(fake.calls.slice(mark));
    const m = (f: (v: Visit) => number) => median(visits.map(f));
    const unsettled = visits.filter((v) => !v.settled).length;
    const lcp = m((v) => v.lcp);
    const tbt = m((v) => v.tbt);
    log(`  ${page.path}: LCP ${ms(lcp)} (browser ${ms(m((v) => v.browserLcp))}, content ready ${ms(m((v) => v.contentReady))}), TBT ${ms(tbt)}`);
    const pendingNote = pending.length ? [`${pending.join(", ")} answer 501 (not built yet; Lens retries them)`] : [];
    const problems = [unsettled ? `${unsettled}/${reps} visits never settled` : "", visits.some((v) => v.status >= 400) ? `HTTP ${visits.map((v) => v.status).join("/")}` : ""].filter(Boolean);
    const verdict = (value: number, bound: number): Status => (pending.length ? "not built" : problems.length ? "error" : judge(value, bound, "at most"));
    rows.push({
      area,
      metric: "LCP (main content)",
      value: ms(lcp),
      target: "≤ 800 ms",
      status: verdict(lcp, 800),
      note: [`${page.path}; browser LCP ${ms(m((v) => v.browserLcp))}, content ready ${ms(m((v) => v.contentReady))}, FCP ${ms(m((v) => v.fcp))}`, ...problems, ...pendingNote].join("; "),
    });
    const chain = Math.max(...chains);
    rows.push({
      area,
      metric: "upstream calls in a row",
      value: String(chain),
      target: "≤ 2",
      status: verdict(chain, 2),
      note: "longest run of Intercom calls each waiting for the previous one, worst visit",
    });
    rows.push({
      area,
      metric: "total blocking time",
      value: ms(tbt),
      target: "≤ 100 ms",
      status: verdict(tbt, 100),
      note: `longest task ${ms(m((v) => v.longestTask))}`,
    });
  }
  return rows;
}

export const pageSpeedMethod = (reps: number, latencyMs: number): string => `## Page speed: how LCP is defined

Each page is opened ${reps} times after one discarded warm-up visit, each time in a new browser context (empty
HTTP and React Query caches), on a Lens with \`LENS_CACHE_TTL_MS=0\` so that every view pays the fake's upstream
latency (${latencyMs} ms per call); the table shows medians. Observers for \`largest-contentful-paint\`, \`longtask\` and \`paint\` are installed
before any page script runs.

Chromium's LCP alone can stop at the app shell: skeleton blocks are not LCP candidates, and a data row can be
smaller than the header text painted earlier. So the LCP reported here is the later of Chromium's last LCP entry
and **content ready**: the first animation frame after which \`<main>\` holds text and no loading placeholder
(skeletons, \`role="status"\` loaders, \`aria-busy\` regions, progress bars; see \`BUSY_SELECTOR\` in
bench/routes.ts), provided it then stays so and the network stays quiet for 600 ms. Total blocking time is the sum
of each long task's time beyond 50 ms, from first contentful paint to the end of the visit.`;
