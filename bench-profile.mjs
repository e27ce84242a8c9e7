import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const p = await b.newPage({ viewport: { width: 1440, height: 1000 } });
await p.goto("http://127.0.0.1:3299/audit?range=90d");
await p.getByTestId("audit-match-count").waitFor({ timeout: 120000 });
await p.waitForTimeout(1500);
const cdp = await p.context().newCDPSession(p);
await cdp.send("Profiler.enable");
async function profile(label, act) {
  await cdp.send("Profiler.start");
  await act();
  await p.waitForTimeout(1500);
  const { profile } = await cdp.send("Profiler.stop");
  const self = new Map();
  const dt = profile.timeDeltas; const ids = profile.samples;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (let i = 0; i < ids.length; i++) { const n = byId.get(ids[i]); const k = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); }
  const top = [...self.entries()].filter(([k]) => !k.startsWith("(idle)") && !k.startsWith("(program)")).sort((a, b) => b[1] - a[1]).slice(0, 12);
  const total = [...self.entries()].filter(([k]) => !k.startsWith("(idle)")).reduce((s, [, v]) => s + v, 0);
  console.log(`== ${label}: busy ${Math.round(total)} ms`);
  for (const [k, v] of top) console.log("  ", Math.round(v), k.slice(0, 120));
}
await profile("click teammate bar", () => p.locator("[data-testid=chart-teammates] .recharts-bar-rectangle path").first().click());
await profile("scroll table", () => p.evaluate(async () => { const el = document.querySelector("[data-testid=audit-rows]"); for (let i = 0; i < 30; i++) { el.scrollTop += 1500; await new Promise((r) => requestAnimationFrame(r)); } }));
await b.close();
