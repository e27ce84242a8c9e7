// Runs first among the content specs (file order), on a server with a fresh store and no sync schedule.
import { expect, test } from "@playwright/test";
import { fakeStats, resetFake } from "./support/fake";

test("insights come from the store's snapshot: Refresh takes one, and viewing costs no upstream call", async ({ page, request }) => {
  await page.goto("/articles/insights");
  await expect(page.getByTestId("insights-note")).toContainText("No snapshot yet");

  // Refresh asks the sync for a snapshot: one walk of the list and one call per article.
  await resetFake(request);
  await page.getByRole("button", { name: "Refresh" }).click();
  const topBar = page.getByTestId("chart-top-views").locator("a[data-article-id]").first();
  await expect(topBar).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/All-time statistics for 120 articles, as of /)).toBeVisible();
  await expect(page.getByTestId("insights-note")).toHaveCount(0);
  const taken = await fakeStats(request);
  expect(taken.byEndpoint["articles.list"]).toBe(1);
  expect(taken.byEndpoint["articles.get"]).toBe(120);
  // Every article is in the table: only the rows in view are drawn, and scrolling reaches the last one.
  const table = page.getByTestId("insights-table");
  await expect(table).toHaveAttribute("aria-rowcount", "121");
  expect(await table.getByTestId("insights-row").count()).toBeLessThan(120);
  await page.getByTestId("insights-rows").evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(table.locator('[data-testid=insights-row][aria-rowindex="121"]')).toBeVisible();
  await expect(page.getByTestId("low-satisfaction").locator("li").first()).toBeVisible();
  const label = (await topBar.getAttribute("aria-label")) ?? "";
  const views = /: ([\d,]+) views$/.exec(label)?.[1];
  expect(views, `bar label "${label}"`).toBeTruthy();
  const id = await topBar.getAttribute("data-article-id");

  // Viewing again reads the store only: Intercom sees no article call at all.
  await page.reload();
  await expect(page.getByTestId("chart-top-views").locator("a[data-article-id]").first()).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  const viewed = await fakeStats(request);
  expect(viewed.byEndpoint["articles.list"]).toBe(taken.byEndpoint["articles.list"]);
  expect(viewed.byEndpoint["articles.get"]).toBe(taken.byEndpoint["articles.get"]);

  // The snapshot's numbers are the article's own.
  await page.getByTestId("chart-top-views").locator(`a[data-article-id="${id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${id}$`));
  await expect(page.getByTestId("stat-views")).toHaveText(views!);
});

test("the insights table sorts by a column and keeps the sort in the URL", async ({ page }) => {
  await page.goto("/articles/insights?sort=sad&dir=desc");
  const table = page.getByTestId("insights-table");
  await expect(table.getByTestId("insights-row").first()).toBeVisible({ timeout: 30_000 });
  await expect(table.getByRole("columnheader", { name: /Sad/ })).toHaveAttribute("aria-sort", "descending");
  await table.getByRole("button", { name: /Reactions/ }).click();
  await expect(page).toHaveURL(/sort=reactions/);
  await expect(table.getByRole("columnheader", { name: /Reactions/ })).toHaveAttribute("aria-sort", "descending");
  const first = await table.getByTestId("insights-row").first().locator("td").nth(5).textContent();
  const second = await table.getByTestId("insights-row").nth(1).locator("td").nth(5).textContent();
  expect(Number(first!.replace(/,/g, ""))).toBeGreaterThanOrEqual(Number(second!.replace(/,/g, "")));

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const csv = await (await download).createReadStream();
  const text = await new Promise<string>((resolve) => {
    let s = "";
    csv.on("data", (c) => (s += c));
    csv.on("end", () => resolve(s));
  });
  expect(text.split("\n")[0]).toContain("article_id,title,state,views");
  expect(text.trim().split("\n")).toHaveLength(121);
});
