import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const p = await b.newPage({ viewport: { width: 1440, height: 1000 } });
p.on("pageerror", (e) => console.log("pageerror:", e.message));
const t0 = Date.now();
await p.goto("http://127.0.0.1:3299/audit?range=90d");
await p.getByTestId("audit-progress").waitFor();
console.log("progress visible after", Date.now() - t0, "ms:", await p.getByTestId("audit-progress").innerText());
await p.getByTestId("audit-match-count").waitFor({ timeout: 120000 });
console.log("table+charts after", Date.now() - t0, "ms; count", await p.getByTestId("audit-match-count").innerText());
await p.waitForTimeout(1500);
// Time from an interaction to the frame after the count changes.
async function timed(label, act) {
  await p.evaluate(() => {
    const el = document.querySelector("[data-testid=audit-match-count]");
    window.__before = el.textContent;
    window.__done = new Promise((resolve) => {
      const start = performance.now();
      window.__start = start;
      const obs = new MutationObserver(() => {
        const now = document.querySelector("[data-testid=audit-match-count]");
        if (now && now.textContent !== window.__before) { obs.disconnect(); requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start))); }
      });
      obs.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  });
  await p.evaluate(() => { window.__start = performance.now(); });
  await act();
  const ms = await p.evaluate(() => window.__done);
  console.log(label.padEnd(28), Math.round(ms), "ms ->", await p.getByTestId("audit-match-count").innerText());
}
await timed("click teammate bar", () => p.locator("[data-testid=chart-teammates] .recharts-bar-rectangle path").first().click());
await timed("click day bar", () => p.locator("[data-testid=chart-periods] .recharts-bar-rectangle path").nth(40).click());
await timed("clear all", () => p.getByRole("button", { name: "Clear all filters" }).click());
await timed("sensitive only", () => p.getByRole("switch").check());
await timed("type 'exported'", () => p.getByRole("searchbox", { name: /Description/ }).fill("exported"));
await timed("heat cell", () => p.getByTestId("heat-2-10").click());
const metrics = await p.evaluate(() => ({ nodes: document.querySelectorAll("*").length, rects: document.querySelectorAll(".recharts-rectangle").length }));
console.log("DOM nodes", metrics.nodes, "chart rects", metrics.rects);
// Long tasks during a scroll through the virtualised table.
await p.getByRole("button", { name: "Clear all filters" }).click();
await p.waitForTimeout(500);
const scroll = await p.evaluate(async () => {
  const el = document.querySelector("[data-testid=audit-rows]");
  const frames = [];
  let last = performance.now();
  for (let i = 0; i < 60; i++) { el.scrollTop += 2000; await new Promise((r) => requestAnimationFrame(r)); const now = performance.now(); frames.push(now - last); last = now; }
  frames.sort((a, b) => a - b);
  return { p50: frames[30], p95: frames[57] };
});
console.log("scroll frame ms", scroll);
await p.screenshot({ path: "/tmp/audit-large.png", fullPage: false });
await b.close();
