import { expect, test } from "@playwright/test";
import { resetFake } from "./support/fake";

test.beforeEach(async ({ request }) => resetFake(request));

test("walk from the teammates to a team, to a member, and back", async ({ page }) => {
  await page.goto("/admins");
  await expect(page.getByRole("heading", { name: "Teammates" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search" }).fill("marcus");
  await expect(page).toHaveURL(/q=marcus/);
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Marcus Chen");

  await rows.first().getByRole("link", { name: "Billing" }).click();
  await expect(page).toHaveURL(/\/teams\/\d+$/);
  await expect(page.getByRole("heading", { name: "Billing" })).toBeVisible();
  const members = page.getByRole("table", { name: "Members" });
  await expect(members.getByRole("link", { name: /Marcus Chen/ })).toBeVisible();
  await expect(members.getByText("Primary")).toBeVisible();

  await members.getByRole("link", { name: /Kwame Mensah/ }).click();
  await expect(page).toHaveURL(/\/admins\/\d+$/);
  await expect(page.getByRole("heading", { name: "Kwame Mensah" })).toBeVisible();
  await expect(page.getByText("Billing Specialist")).toBeVisible();
  await expect(page.getByTestId("recent-activity").locator("li").first()).toBeVisible();
  await expect(page.getByRole("link", { name: /See all in the audit log/ })).toHaveAttribute("href", /\/audit\?range=30d&teammate=\d+/);

  await page.goBack();
  await expect(page.getByRole("heading", { name: "Billing" })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/admins\?q=marcus/);
  await expect(page.locator("tbody tr")).toHaveCount(1);
});

test("the teammate directory sorts and filters through the URL", async ({ page }) => {
  await page.goto("/admins?away=away");
  await expect(page.locator("tbody tr").first()).toBeVisible();
  for (const status of await page.locator("tbody tr td:nth-child(5)").allInnerTexts()) expect(status).toContain("Away");

  await page.goto("/admins");
  await page.getByRole("button", { name: "Email" }).click();
  await expect(page).toHaveURL(/sort=email/);
  await page.getByRole("button", { name: "Email" }).click();
  await expect(page).toHaveURL(/dir=desc/);
  const emails = await page.locator("tbody tr td:nth-child(2)").allInnerTexts();
  expect(emails).toEqual([...emails].sort().reverse());
});

test("unknown teammate and team ids show a not-found panel", async ({ page }) => {
  await page.goto("/admins/999999999");
  await expect(page.getByTestId("not-found")).toContainText("Teammate not found");
  await page.goto("/teams/abc<script>");
  await expect(page.getByTestId("not-found")).toContainText("abc<script>");
});
