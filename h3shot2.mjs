import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
page.on("pageerror", (e) => console.log("pageerror", e.message));
page.on("console", (m) => console.log("console", m.type(), m.text()));
page.on("response", (r) => { if (r.url().includes("/api/")) console.log(r.status(), r.url()); });
const url = process.argv[2];
await page.goto(`http://localhost:3690${url}`);
try { await page.getByText("Data as of").first().waitFor({ timeout: 15000 }); } catch (e) { console.log("no freshness"); }
await page.waitForTimeout(800);
await page.screenshot({ path: `/tmp/h3run/${process.argv[3]}.png`, fullPage: false });
await browser.close();
