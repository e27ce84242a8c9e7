import { expect, test } from "@playwright/test";

test("walk the help center tree to an article and read it in French", async ({ page }) => {
  await page.goto("/help-center");
  const center = page.getByRole("region", { name: "Northwind Help Center" });
  await expect(center).toBeVisible();

  // Collection → section → article, following the tree's own links.
  const billing = center.getByTestId("collection").filter({ hasText: "Account & billing" });
  await expect(billing.getByTestId("counts").first()).toContainText(/\d+ articles · \d+ published/);
  await billing.locator("summary").click();
  await billing.getByRole("link", { name: "Invoices and payments" }).click();

  await expect(page).toHaveURL(/\/help-center\/sections\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Invoices and payments" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("Account & billing");
  await page.getByRole("link", { name: "Download an invoice", exact: true }).click();

  await expect(page).toHaveURL(/\/articles\/\d+$/);
  await expect(page.getByTestId("article-title")).toHaveText("Download an invoice");
  await expect(page.locator("article.intercom-html, article .intercom-html").first()).toContainText("Sign in to your Northwind dashboard");
  await expect(page.getByTestId("stat-views")).toHaveText(/^[\d,]+$/);

  await page.getByRole("tab", { name: /French/ }).click();
  await expect(page).toHaveURL(/[?&]lang=fr/);
  await expect(page.getByTestId("article-title")).toHaveText("Télécharger une facture");
  await expect(page.getByRole("tab", { name: /French/ })).toHaveAttribute("aria-selected", "true");

  // The language is part of the URL: a reload keeps it.
  await page.reload();
  await expect(page.getByTestId("article-title")).toHaveText("Télécharger une facture");
  await page.getByRole("tab", { name: /English/ }).click();
  await expect(page.getByTestId("article-title")).toHaveText("Download an invoice");
  await expect(page).not.toHaveURL(/lang=/);
});

test("the articles list filters by state and keeps the filter in the URL", async ({ page }) => {
  await page.goto("/articles?state=draft");
  await expect(page.getByLabel("State")).toHaveValue("draft");
  const rows = page.getByTestId("article-row");
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(120);
  await expect(rows.locator('[data-state="published"]')).toHaveCount(0);
});

test("unknown and malformed ids show a not-found panel with the id as text", async ({ page }) => {
  await page.goto("/articles/123");
  await expect(page.getByTestId("not-found")).toContainText("Article not found");
  await page.goto("/help-center/collections/%3Cb%3Ex%3C%2Fb%3E");
  await expect(page.getByTestId("not-found")).toContainText("<b>x</b>");
  await page.goto("/news/newsfeeds/999");
  await expect(page.getByTestId("not-found")).toContainText("Newsfeed not found");
});
