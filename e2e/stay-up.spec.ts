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

test("while Intercom's rate limit is spent, a request is answered 503 with Retry-After at once instead of hanging", async ({ request }) => {
  await resetFake(request);
  // One 429 whose reset is further away than Lens lets a call wait (5 s).
  await setFault(request, { kind: "rate_limit", resetInSeconds: 8, times: 1 });
  const waiting = request.get("/api/intercom/admins/activity_logs?created_at_after=1700000001&per_page=5");
  await new Promise((r) => setTimeout(r, 300));
  const started = Date.now();
  const refused = await request.get("/api/intercom/admins/activity_logs?created_at_after=1700000002&per_page=5");
  expect(Date.now() - started).toBeLessThan(1_500);
  expect(refused.status()).toBe(503);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  const body = await refused.json();
  expect(body).toMatchObject({ type: "error.list", errors: [{ code: "upstream_busy" }] });
  expect(body.errors[0].message).toMatch(/rate limit/);
  // The first call waited for the reset and went through.
  expect((await waiting).status()).toBe(200);
});
