import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import type { AuditEntriesPage, AuditSummary } from "@/lib/audit/query";
import type { SyncStatus } from "@/lib/sync/types";

// The demo server syncs its whole workspace (6,000 entries over 180 days) into its store at start.
async function synced(request: import("@playwright/test").APIRequestContext): Promise<void> {
  await expect
    .poll(
      async () => {
        const body = await (await request.get("/api/sync")).json();
        return (body as SyncStatus).streams.find((s) => s.stream === "activity_logs")?.backfillDone;
      },
      { timeout: 30_000 },
    )
    .toBeTruthy();
}

test("/audit over one year comes from the store, the table a page at a time", async ({ page, request }) => {
  await synced(request);
  const [res] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === "/api/audit" && r.status() === 200), page.goto("/audit?range=1y")]);
  const summary = (await res.json()) as AuditSummary;
  // Everything the sync holds comes from the store; at most the minutes since its last run are live.
  const stored = summary.parts.find((p) => p.source === "store");
  expect(stored).toMatchObject({ after: summary.after });
  expect(summary.parts.filter((p) => p.source === "live").every((p) => p.after > stored!.before)).toBe(true);
  expect(summary.inRange).toBeGreaterThanOrEqual(5_900);
  await expect(page.getByTestId("audit-match-count")).toHaveText(summary.matching.toLocaleString("en-US"));
  await expect(page.getByTestId("chart-periods")).toBeVisible();
  await expect(page.getByTestId("chart-heatmap")).toBeVisible();
  const live = page.getByTestId("audit-live-note");
  if (await live.isVisible()) await expect(live).not.toContainText("entries before");

  // The browser holds the pages scrolled so far, never the whole year.
  const table = page.getByRole("table", { name: "Audit log entries" });
  await expect(table).toHaveAttribute("aria-rowcount", String(summary.matching + 1));
  const pages: AuditEntriesPage[] = [];
  page.on("response", async (r) => {
    if (new URL(r.url()).pathname === "/api/audit/entries" && r.ok()) pages.push((await r.json()) as AuditEntriesPage);
  });
  await page.getByTestId("audit-rows").evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect.poll(() => pages.length).toBeGreaterThan(0);
  expect(pages.every((p) => p.entries.length <= 100)).toBe(true);

  // A drill-down narrows the store's aggregation and the table together.
  await page.getByTestId("heat-2-10").click();
  await expect(page).toHaveURL(/cell=2-10/);
  await expect.poll(async () => Number((await page.getByTestId("audit-match-count").innerText()).replace(/\D/g, ""))).toBeLessThan(summary.matching);
});

test("the CSV export streams every matching entry from the store", async ({ page, request }) => {
  await synced(request);
  await page.goto("/audit?range=1y&category=security");
  await expect(page.getByTestId("audit-match-count")).toBeVisible();
  const total = Number((await page.getByTestId("audit-match-count").innerText()).replace(/\D/g, ""));
  expect(total).toBeGreaterThan(500);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Export CSV/ }).click()]);
  const text = (await readFile(await download.path())).toString("utf8").replace(/^\ufeff/, "");
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data.length - 1).toBe(total);
  const category = parsed.data[0]!.indexOf("Category");
  expect(new Set(parsed.data.slice(1).map((r) => r[category]))).toEqual(new Set(["Sign-in and security"]));
});
