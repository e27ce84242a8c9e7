import { expect, test } from "@playwright/test";
import { CANARY_TOKEN, FAKE_URL } from "./support/env";

test("companies page through, look up by name, and filter by tag", async ({ page }) => {
  await page.goto("/companies");
  await expect(page.getByTestId("company-page-status")).toContainText("Page 1 of 12 · 300 companies");
  const firstOnPage1 = await page.getByRole("row").nth(1).getByRole("link").first().textContent();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByTestId("company-page-status")).toContainText("Page 2 of 12");
  await expect(page.getByRole("row").nth(1).getByRole("link").first()).not.toHaveText(firstOnPage1!);

  await page.getByLabel("Company name or company_id").fill("blue labs");
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page).toHaveURL(/q=blue/);
  await expect(page.getByRole("link", { name: "Blue Labs" })).toBeVisible();
  await page.getByLabel("Company name or company_id").fill("No Such Company Ltd");
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page.getByText("No company is named “No Such Company Ltd”")).toBeVisible();

  await page.goto("/companies");
  await page.getByLabel("Tag").selectOption({ label: "VIP" });
  await expect(page).toHaveURL(/tag=\d+/);
  await page.getByRole("row").nth(1).getByRole("link").first().click();
  await expect(page.getByTestId("company-tags")).toContainText("VIP");
});

test("export all companies walks the scroll, and a second scroll in the workspace is explained", async ({ page, request }) => {
  await page.goto("/companies");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export all companies (CSV)" }).click();
  const file = await download;
  const csv = await (await file.createReadStream()).toArray();
  const lines = Buffer.concat(csv).toString("utf8").trim().split(/\r?\n/);
  expect(lines[0]).toContain("company_id");
  expect(lines.length).toBe(301);
  await expect(page.getByRole("status").filter({ hasText: "Exported 300 companies" })).toBeVisible();

  // Someone else (a sync job) holds the workspace's only scroll.
  const other = await request.get(`${FAKE_URL}/companies/scroll`, { headers: { authorization: `Bearer ${CANARY_TOKEN}` } });
  expect(other.status()).toBe(200);
  await page.getByRole("button", { name: "Export all companies (CSV)" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The export did not finish" })).toContainText("Another export of companies is already running");
});

test("an unknown company id shows not found", async ({ page }) => {
  await page.goto("/companies/64f1c1ffffffffffffffffff");
  await expect(page.getByTestId("not-found")).toContainText("Company not found");
});
