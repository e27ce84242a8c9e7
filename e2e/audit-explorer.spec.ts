import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { resetFake, setFault } from "./support/fake";

// A browser zone unlike the workspace's (Europe/Dublin), so the time-zone switch shows a change.
test.use({ timezoneId: "America/New_York" });

test.beforeEach(async ({ request }) => resetFake(request));

async function matchCount(page: Page): Promise<number> {
  const text = await page.getByTestId("audit-match-count").innerText();
  return Number(text.replace(/[^0-9]/g, ""));
}

/** The browser asks Lens's audit endpoints; it never walks the activity log itself. */
function watchReads(page: Page): { audit: string[]; rawLog: string[] } {
  const reads = { audit: [] as string[], rawLog: [] as string[] };
  page.on("request", (r) => {
    if (r.url().includes("/api/intercom/admins/activity_logs")) reads.rawLog.push(r.url());
    if (new URL(r.url()).pathname.startsWith("/api/audit")) reads.audit.push(r.url());
  });
  return reads;
}

test("the audit log opens on 7 days and follows a range change", async ({ page }) => {
  const reads = watchReads(page);
  await page.goto("/audit");
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await expect(page.getByTestId("audit-match-count")).toBeVisible();
  await expect(page.getByRole("button", { name: "7 d" })).toHaveAttribute("aria-pressed", "true");
  const week = await matchCount(page);
  expect(week).toBeGreaterThan(50);

  await page.getByRole("button", { name: "30 d" }).click();
  await expect(page).toHaveURL(/range=30d/);
  await expect.poll(() => matchCount(page)).toBeGreaterThan(week * 2);
  await expect(page.getByTestId("chart-periods")).toBeVisible();

  // Times read in the workspace's zone from /me until the reader switches to their own.
  await expect(page.getByRole("columnheader", { name: "Time (Europe/Dublin)" })).toBeVisible();
  await page.getByRole("button", { name: /My time/ }).click();
  await expect(page).toHaveURL(/tz=browser/);
  await expect(page.getByRole("columnheader", { name: "Time (America/New_York)" })).toBeVisible();

  expect(reads.rawLog).toEqual([]);
  expect(reads.audit.length).toBeGreaterThan(1);
  for (const url of reads.audit) expect(new URL(url).searchParams.get("after")).toMatch(/^\d+$/);
});

test("clicking a chart bar filters the table and records it in the URL", async ({ page }) => {
  await page.goto("/audit?range=30d");
  await expect(page.getByTestId("audit-match-count")).toBeVisible();
  const all = await matchCount(page);

  await page.locator("[data-testid=chart-teammates] .recharts-bar-rectangle path").first().click();
  await expect(page).toHaveURL(/teammate=\d+/);
  const teammate = new URL(page.url()).searchParams.get("teammate")!;
  await expect.poll(() => matchCount(page)).toBeLessThan(all);
  const links = page.getByTestId("audit-rows").getByRole("link");
  await expect(links.first()).toHaveAttribute("href", `/admins/${teammate}`);
  for (const href of await links.evaluateAll((els) => els.map((e) => e.getAttribute("href")))) expect(href).toBe(`/admins/${teammate}`);

  // A stacked day bar narrows to that day and category, on top of the teammate.
  const before = await matchCount(page);
  await page.locator("[data-testid=chart-periods] .recharts-bar-rectangle path").first().click();
  await expect(page).toHaveURL(/period=\d{4}-\d{2}-\d{2}/);
  await expect(page).toHaveURL(/category=\w+/);
  await expect.poll(() => matchCount(page)).toBeLessThan(before);

  // A heat cell, then clearing every selection from the chips.
  await page.getByRole("button", { name: "Clear all filters" }).click();
  await expect(page).not.toHaveURL(/teammate=/);
  await page.getByTestId("heat-1-10").click();
  await expect(page).toHaveURL(/cell=1-10/);
  await expect(page.getByRole("button", { name: /Clear Tuesdays 10:00/ })).toBeVisible();
});

test("the CSV holds every matching row of the range, not just the visible ones", async ({ page }) => {
  await page.goto("/audit?range=90d&sensitive=true");
  await expect(page.getByTestId("audit-match-count")).toBeVisible();
  const total = await matchCount(page);
  expect(total).toBeGreaterThan(100);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Export CSV/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^intercom-activity-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await readFile(await download.path())).toString("utf8").replace(/^\ufeff/, "");
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data[0]).toContain("Description");
  expect(parsed.data.length - 1).toBe(total);
  const sensitive = parsed.data[0]!.indexOf("Sensitive");
  expect(parsed.data.slice(1).every((row) => row[sensitive] === "yes")).toBe(true);
});

test("metadata expands into a before/after diff", async ({ page }) => {
  await page.goto("/audit?range=90d&type=role_change");
  await expect(page.getByTestId("audit-match-count")).toBeVisible();
  await page.getByRole("button", { name: "Show details" }).first().click();
  const diff = page.getByRole("table", { name: "Change" });
  await expect(diff).toBeVisible();
  await expect(diff.getByRole("columnheader", { name: "Before" })).toBeVisible();
  await expect(diff.getByRole("columnheader", { name: "After" })).toBeVisible();
});

test("bad range and teammate in the URL get a message and a sane default", async ({ page }) => {
  await page.goto("/audit?range=custom&from=2025-13-45&teammate=424242");
  const notices = page.getByTestId("audit-notices");
  await expect(notices).toContainText("is not a date");
  await expect(notices).toContainText("No teammate has the id “424242”");
  await expect(page.getByRole("button", { name: "7 d" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("audit-match-count")).toBeVisible();
  expect(await matchCount(page)).toBeGreaterThan(0);

  await page.goto("/audit?range=custom&from=2099-01-01&to=2099-02-01");
  await expect(page.getByTestId("audit-notices")).toContainText("future");
  await expect(page.getByTestId("audit-match-count")).toBeVisible();

  await page.goto("/audit?range=custom&from=2026-01-10&to=2025-12-01");
  await expect(page.getByTestId("audit-notices")).toContainText("swapped");
});

test("an upstream failure shows the error with its request id, and a retry recovers", async ({ page, request }) => {
  await setFault(request, { kind: "unauthorized", pathPrefix: "/admins/activity_logs" });
  await page.goto("/audit?range=24h");
  const alert = page.getByRole("alert").filter({ hasText: "Could not load the activity log" });
  await expect(alert).toContainText("Could not load the activity log");
  await expect(alert.getByTestId("request-id")).not.toBeEmpty();

  await setFault(request, null);
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByTestId("audit-match-count")).toBeVisible();
});
