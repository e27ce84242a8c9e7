import { expect, test } from "@playwright/test";
import { resetFake, setFault } from "./support/fake";

test.afterEach(async ({ request }) => {
  await setFault(request, null);
});

test("a second company export while one is running is told so, and the first still completes", async ({ page, request }) => {
  await resetFake(request);
  await page.goto("/companies");
  // Intercom answers slowly, so the first export is still walking when the second starts.
  await setFault(request, { kind: "slow", delayMs: 1_200 });
  const first = page.evaluate(async () => {
    const res = await fetch("/api/companies/export");
    return { status: res.status, lines: (await res.text()).trim().split(/\r?\n/).length };
  });
  await page.waitForTimeout(500);
  await page.getByRole("button", { name: "Export all companies (CSV)" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The export did not finish" })).toContainText("A company export is already running");
  expect(await first).toEqual({ status: 200, lines: 301 });
});
