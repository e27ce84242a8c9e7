/**
 * Debian Chromium through Playwright, and one page visit that records what the benchmarks need:
 * LCP and long tasks from PerformanceObservers installed before any page script, the frame at which
 * <main> stopped showing loading placeholders ("content ready"), and the scripts the page loaded.
 */
import { chromium, type Browser } from "playwright";
import { BUSY_SELECTOR } from "./routes";
import { totalBlockingTime } from "./stats";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}

export interface Visit {
  path: string;
  status: number;
  /** Browser LCP: the last largest-contentful-paint entry, ms after navigation start. */
  browserLcp: number;
  /** First frame after which <main> held content and no loading placeholder; NaN if it never did. */
  contentReady: number;
  /** The later of the two: the main content, not just the shell, has painted. */
  lcp: number;
  fcp: number;
  tbt: number;
  longestTask: number;
  /** Pathnames of the JavaScript files the page loaded. */
  scripts: string[];
  settled: boolean;
}

interface PageProbe {
  lcp: { t: number; size: number }[];
  tasks: { startTime: number; duration: number }[];
  fcp: number | null;
  ready: number | null;
}

declare global {
  interface Window {
    __bench?: PageProbe;
  }
}

function probeScript(busySelector: string): string {
  // Runs before any page script, in every document of the context.
  return `(() => {
    const probe = { lcp: [], tasks: [], fcp: null, ready: null };
    window.__bench = probe;
    try {
      new PerformanceObserver((l) => { for (const e of l.getEntries()) probe.lcp.push({ t: e.renderTime || e.loadTime || e.startTime, size: e.size }); })
        .observe({ type: "largest-contentful-paint", buffered: true });
      new PerformanceObserver((l) => { for (const e of l.getEntries()) probe.tasks.push({ startTime: e.startTime, duration: e.duration }); })
        .observe({ type: "longtask", buffered: true });
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === "first-contentful-paint") probe.fcp = e.startTime; })
        .observe({ type: "paint", buffered: true });
    } catch {}
    const busy = ${JSON.stringify(busySelector)};
    const tick = (t) => {
      const main = document.querySelector("main");
      const loading = !main || !main.textContent.trim() || main.querySelector(busy);
      if (loading) probe.ready = null;
      else if (probe.ready === null) probe.ready = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();`;
}

export interface VisitOptions {
  /** Give up waiting for content after this long. */
  timeoutMs?: number;
  /** Content and network must stay quiet this long before the visit ends. */
  quietMs?: number;
}

export async function visit(browser: Browser, baseUrl: string, path: string, { timeoutMs = 20_000, quietMs = 600 }: VisitOptions = {}): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    await context.addInitScript(probeScript(BUSY_SELECTOR));
    const page = await context.newPage();
    let inflight = 0;
    let lastNetwork = Date.now();
    // Only the page's own data requests count: Next's link prefetches (`_rsc`) can stay open for long.
    const isData = (url: string) => new URL(url).pathname.startsWith("/api/");
    page.on("request", (r) => {
      if (!isData(r.url())) return;
      inflight++;
      lastNetwork = Date.now();
    });
    const done = (r: { url(): string }) => {
      if (!isData(r.url())) return;
      inflight = Math.max(0, inflight - 1);
      lastNetwork = Date.now();
    };
    page.on("requestfinished", done);
    page.on("requestfailed", done);

    const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "load", timeout: timeoutMs });
    const status = response?.status() ?? 0;
    const deadline = Date.now() + timeoutMs;
    let settled = false;
    while (Date.now() < deadline) {
      const state = await page.evaluate(() => ({ ready: window.__bench?.ready ?? null, now: performance.now() }));
      if (state.ready !== null && state.now - state.ready >= quietMs && inflight === 0 && Date.now() - lastNetwork >= quietMs) {
        settled = true;
        break;
      }
      await page.waitForTimeout(100);
    }
    const result = await page.evaluate(() => {
      const probe = window.__bench as PageProbe;
      const scripts = performance
        .getEntriesByType("resource")
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === "script" || e.name.split("?")[0]?.endsWith(".js"))
        .map((e) => new URL(e.name).pathname);
      return { probe, scripts, now: performance.now() };
    });
    const { probe } = result;
    const browserLcp = probe.lcp.length ? (probe.lcp[probe.lcp.length - 1] as { t: number }).t : Number.NaN;
    const contentReady = settled && probe.ready !== null ? probe.ready : Number.NaN;
    const fcp = probe.fcp ?? Number.NaN;
    return {
      path,
      status,
      browserLcp,
      contentReady,
      lcp: Math.max(browserLcp, contentReady),
      fcp,
      tbt: totalBlockingTime(probe.tasks, Number.isFinite(fcp) ? fcp : 0),
      longestTask: probe.tasks.reduce((m, t) => Math.max(m, t.duration), 0),
      scripts: [...new Set(result.scripts)],
      settled,
    };
  } finally {
    await context.close();
  }
}
