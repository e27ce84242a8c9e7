import { expect, test, type Page } from "@playwright/test";

/** Lens on a 390 px phone, and the remembered colour theme. */

async function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the menu button opens the navigation and every area is reachable from it", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Open navigation" }).click();
    const drawer = page.getByRole("dialog", { name: "Navigation" });
    await expect(drawer).toBeVisible();
    await expect(drawer.getByRole("link", { name: "Audit log" })).toBeVisible();
    await drawer.getByRole("link", { name: "Companies" }).click();
    await expect(page).toHaveURL(/\/companies$/);
    await expect(drawer).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name: "Companies" })).toBeVisible();
  });

  for (const route of ["/", "/contacts", "/companies", "/conversations", "/audit", "/news", "/help-center", "/admins"]) {
    test(`${route} does not scroll sideways`, async ({ page }) => {
      await page.goto(route);
      await expect(page.locator("main")).toBeVisible();
      await page.waitForLoadState("networkidle");
      expect(await pageScrollsSideways(page)).toBe(false);
    });
  }

  test("a conversation is readable: no sideways scroll and its first message is on screen", async ({ page, request }) => {
    const list = await (await request.get("/api/intercom/conversations?per_page=1")).json();
    await page.goto(`/conversations/${list.conversations[0].id}`);
    await expect(page.getByTestId("part").first()).toBeInViewport();
    expect(await pageScrollsSideways(page)).toBe(false);
  });
});

test("the theme switch is remembered across visits and painted by the server", async ({ page }) => {
  await page.goto("/");
  // The server paints the switch before the page hydrates; a choice made before then is not heard, so choose again.
  await expect(async () => {
    await page.getByTestId("theme-switch").selectOption("dark");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.reload();
  // The server writes the choice into the HTML: no flash of the light theme before scripts run.
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
  await page.getByTestId("theme-switch").selectOption("system");
  await page.reload();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.+/);
});

test("the app icon and the web manifest are served", async ({ request }) => {
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  expect((await manifest.json()).icons.length).toBeGreaterThan(0);
  expect((await request.get("/icon.svg")).status()).toBe(200);
});

test("an audit chart's drill-down works from the keyboard", async ({ page }) => {
  await page.goto("/audit");
  const bar = page.getByTestId("chart-teammates").getByRole("button").first();
  await expect(bar).toBeVisible({ timeout: 30_000 });
  await bar.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/teammate=/);
});
