import { expect, test } from "@playwright/test";

test("demo overview shows the workspace name, the demo badge and real counts", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("workspace-name")).toHaveText("Northwind Support");
  await expect(page.getByTestId("demo-badge")).toBeVisible();
  await expect(page.getByTestId("overview-workspace")).toHaveText("Northwind Support");
  const teammates = page.getByRole("link", { name: /Teammates/ }).filter({ hasText: "inbox seat" });
  await expect(teammates).toContainText("25");
});

test("health reports demo mode and the store", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(await res.json()).toMatchObject({ status: "ok", mode: "demo", store: "ok" });
});
