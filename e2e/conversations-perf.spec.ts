import { expect, test } from "@playwright/test";

/**
 * Measures the 612-part thread (500 parts returned): time until the timeline is on screen and the
 * long tasks while scrolling it top to bottom. Numbers go to the test output; the bounds are loose
 * enough for a shared 2-core machine and still catch an unwindowed, re-sanitising timeline.
 */
const LONG_ID = String(210_000_000 + 1_500 - 1 - 40);

test("the 500-part thread renders fast and scrolls without long tasks", async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto("/conversations");
  await expect(page.getByTestId("conversation-row").first()).toBeVisible();

  // Warm the proxy cache, then time a fresh page load until the first part is on screen.
  await page.request.get(`/api/intercom/conversations/${LONG_ID}`);
  const started = Date.now();
  await page.goto(`/conversations/${LONG_ID}`);
  await expect(page.getByTestId("part").first()).toBeVisible();
  const renderMs = Date.now() - started;
  const mountTasks = await page.evaluate(() => {
    const t = (window as unknown as { __longTasks: number[] }).__longTasks;
    return { count: t.length, total: Math.round(t.reduce((a, b) => a + b, 0)), longest: Math.round(Math.max(0, ...t)) };
  });
  const mounted = await page.getByTestId("part").count();

  const scroll = await page.evaluate(async () => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    const frames: number[] = [];
    let last = performance.now();
    const height = document.documentElement.scrollHeight;
    for (let y = 0; y < height; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    frames.sort((a, b) => a - b);
    return {
      height,
      frames: frames.length,
      p95: frames[Math.floor(frames.length * 0.95)] ?? 0,
      max: frames.at(-1) ?? 0,
      longTasks: w.__longTasks.length,
      longestTask: Math.max(0, ...w.__longTasks),
    };
  });
  const domNodes = await page.evaluate(() => document.querySelectorAll("*").length);
  console.log(JSON.stringify({ renderMs, mountTasks, mountedParts: mounted, domNodes, scroll }));

  expect(renderMs).toBeLessThan(8_000);
  expect(scroll.frames).toBeGreaterThan(50);
  expect(scroll.longestTask).toBeLessThan(1_000);
});
