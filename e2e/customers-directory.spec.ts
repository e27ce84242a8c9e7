import { expect, test } from "@playwright/test";

test("segments list their counts and a segment shows its people", async ({ page, request }) => {
  const segments = (await (await request.get("/api/intercom/segments?include_count=true")).json()).segments;
  const leads = segments.find((s: { name: string }) => s.name === "All leads");
  await page.goto("/segments");
  await expect(page.getByTestId(`segment-count-${leads.id}`)).toHaveText(new Intl.NumberFormat("en-GB").format(leads.count));
  await page.getByRole("link", { name: "All leads" }).click();
  await expect(page).toHaveURL(new RegExp(`/segments/${leads.id}$`));
  await expect(page.getByTestId("segment-contacts").getByText("Lead").first()).toBeVisible();
  await expect(page.getByTestId("segment-contacts").getByText("User", { exact: true })).toHaveCount(0);
});

test("a tag page lists the contacts carrying it", async ({ page }) => {
  await page.goto("/tags");
  await page.getByRole("link", { name: "VIP", exact: true }).click();
  await expect(page.getByRole("heading", { name: "VIP" })).toBeVisible();
  await expect(page.getByTestId("tag-contacts").getByRole("link").first()).toBeVisible();
});

test("visitors are looked up by user_id kept in the URL; an unknown one says so", async ({ page, request }) => {
  const visitor = await (await request.get("/api/intercom/visitors/64f1c3000000000000000005")).json();
  await page.goto("/visitors");
  await page.getByLabel("Visitor user_id").fill(visitor.user_id);
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page).toHaveURL(new RegExp(`user_id=${visitor.user_id}`));
  await expect(page.getByTestId("visitor-card")).toContainText(visitor.pseudonym);
  await page.goto("/visitors?user_id=not-a-real-visitor");
  await expect(page.getByTestId("visitor-not-found")).toContainText("not-a-real-visitor");
});

test("data attributes by model, archived only on request; subscription types with names", async ({ page }) => {
  await page.goto("/data-attributes");
  await expect(page.getByRole("cell", { name: "Signup source" })).toBeVisible();
  await expect(page.getByText("Legacy CRM ID")).toHaveCount(0);
  await page.getByLabel("Include archived").check();
  await expect(page).toHaveURL(/archived=true/);
  await expect(page.getByRole("cell", { name: /Legacy CRM ID/ })).toContainText("Archived");
  await page.getByRole("tab", { name: "Companies" }).click();
  await expect(page.getByRole("cell", { name: "Renewal date" })).toBeVisible();

  await page.goto("/subscription-types");
  await expect(page.getByRole("row", { name: /Newsletter/ })).toContainText("Opt-out");
  await expect(page.getByRole("row", { name: /Beta programme/ })).toContainText("Opt-in");
});
