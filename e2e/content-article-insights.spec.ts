// Runs first among the content specs (file order), so Lens's 30-second cache holds no article yet.
import { expect, test } from "@playwright/test";
import { fakeStats, resetFake } from "./support/fake";

test("insights read each article once, link the top bar to its article, and a second visit is cached", async ({ page, request }) => {
  await resetFake(request);
  await page.goto("/articles/insights");

  const topBar = page.getByTestId("chart-top-views").locator("a[data-article-id]").first();
  await expect(topBar).toBeVisible({ timeout: 30_000 });
  const label = (await topBar.getAttribute("aria-label")) ?? "";
  const views = /: ([\d,]+) views$/.exec(label)?.[1];
  expect(views, `bar label "${label}"`).toBeTruthy();
  const id = await topBar.getAttribute("data-article-id");

  // One walk of the list plus one call per article, none repeated (counted once the page is quiet,
  // so late reads such as teammate names are in the first count, not the second).
  await page.waitForLoadState("networkidle");
  const first = await fakeStats(request);
  expect(first.byEndpoint["articles.list"]).toBe(1);
  expect(first.byEndpoint["articles.get"]).toBe(120);
  await expect(page.getByTestId("insights-table").locator("tbody tr")).toHaveCount(120);
  await expect(page.getByTestId("low-satisfaction").locator("li").first()).toBeVisible();

  // A second visit is served from Lens's cache: Intercom sees no new article call (other tests share
  // the fake, so only the insights' own endpoints are counted).
  await page.reload();
  await expect(page.getByTestId("chart-top-views").locator("a[data-article-id]").first()).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  const second = await fakeStats(request);
  expect(second.byEndpoint["articles.list"]).toBe(first.byEndpoint["articles.list"]);
  expect(second.byEndpoint["articles.get"]).toBe(first.byEndpoint["articles.get"]);

  await page.getByTestId("chart-top-views").locator(`a[data-article-id="${id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${id}$`));
  await expect(page.getByTestId("stat-views")).toHaveText(views!);
});

test("the insights table sorts by a column and keeps the sort in the URL", async ({ page }) => {
  await page.goto("/articles/insights?sort=sad&dir=desc");
  const table = page.getByTestId("insights-table");
  await expect(table.locator("tbody tr").first()).toBeVisible({ timeout: 30_000 });
  await expect(table.getByRole("columnheader", { name: /Sad/ })).toHaveAttribute("aria-sort", "descending");
  await table.getByRole("button", { name: /Reactions/ }).click();
  await expect(page).toHaveURL(/sort=reactions/);
  await expect(table.getByRole("columnheader", { name: /Reactions/ })).toHaveAttribute("aria-sort", "descending");
  const first = await table.locator("tbody tr").first().locator("td").nth(5).textContent();
  const second = await table.locator("tbody tr").nth(1).locator("td").nth(5).textContent();
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
