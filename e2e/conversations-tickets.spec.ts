import { expect, test } from "@playwright/test";
import { resetFake } from "./support/fake";

test.beforeEach(async ({ request }) => resetFake(request));

test("a ticket conversation links to its ticket, which shows type, state labels, attributes and parts", async ({ page }) => {
  // Index 4 is the first ticket in the fake.
  await page.goto(`/conversations/${210_000_000 + 1_500 - 1 - 4}`);
  await page.getByTestId("ticket-link").click();
  await expect(page).toHaveURL(/\/tickets\/410000$/);
  await expect(page.getByRole("heading", { name: /Ticket #1000/ })).toBeVisible();
  await expect(page.locator('a[href^="/ticket-types/"]').first()).toBeVisible();
  await expect(page.getByTestId("ticket-state")).toContainText(/Submitted|In progress|Waiting on customer|Resolved/);
  await expect(page.getByText("Customers see:")).toBeVisible();
  await expect(page.getByTestId("ticket-attributes")).toContainText("Title");
  await expect(page.getByTestId("ticket-attributes")).toContainText("Description");
  await expect(page.getByTestId("timeline").locator('[data-part-type="ticket_state_updated_by_admin"]').first()).toContainText("set the ticket state");
});

test("ticket types list their attributes", async ({ page }) => {
  await page.goto("/ticket-types");
  await expect(page.getByTestId("ticket-type-row")).toHaveCount(6);
  await expect(page.getByTestId("ticket-type-row").filter({ hasText: "Engineering escalation" })).toContainText("Back-office");
  await page.getByRole("link", { name: "Refund request" }).click();
  const table = page.getByTestId("attribute-table");
  await expect(table).toContainText("Invoice number");
  await expect(table).toContainText("Duplicate charge, Downgrade, Service outage, Other");
  await page.goto("/ticket-types/123");
  await expect(page.getByTestId("not-found")).toBeVisible();
  await page.goto("/tickets/1");
  await expect(page.getByTestId("not-found")).toContainText("Ticket not found");
});
