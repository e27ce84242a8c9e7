import { expect, test } from "@playwright/test";

// The demo server syncs its in-process workspace into a fresh store at start.
test("/sync shows every stream synced from the demo workspace and the archive's chain holding", async ({ page }) => {
  await page.goto("/sync");
  await expect(page.getByRole("heading", { name: "Sync" })).toBeVisible();
  const activity = page.getByTestId("sync-stream-activity_logs");
  await expect(activity.getByTestId("sync-rows")).toContainText("6,000", { timeout: 30_000 });
  await expect(activity).toContainText(/Complete, back to/);
  await expect(page.getByTestId("sync-stream-conversations").getByTestId("sync-rows")).toContainText("1,500");
  await expect(page.getByTestId("sync-stream-articles").getByTestId("sync-rows")).toContainText("120");
  for (const stream of ["activity_logs", "conversations", "articles", "admins"]) {
    await expect(page.getByTestId(`sync-stream-${stream}`)).toContainText("None");
  }
  await expect(page.getByTestId("archive-verification")).toContainText("The archive's hash chain holds");
  await expect(page.getByTestId("archive-verification")).toContainText("6,000 entries checked");
});

test("the sync status endpoint lists every stream and the chain check", async ({ request }) => {
  const res = await request.get("/api/sync");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.streams.map((s: { stream: string }) => s.stream)).toEqual(["admins", "activity_logs", "conversations", "articles"]);
  expect(body.archive.ok).toBe(true);
});
