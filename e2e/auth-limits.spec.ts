import { expect, test } from "@playwright/test";
import { AUTH_RATE_LIMIT } from "./support/auth-env";
import { signInThroughProvider } from "./support/auth-session";
import { fakeStats, resetFake } from "./support/fake";

test("one session bursting on /api/* gets 429s in Intercom's envelope, and the upstream is spared", async ({ page, request }) => {
  await signInThroughProvider(page, "ana");
  await expect(page.getByRole("banner").getByTestId("signed-in-as")).toBeVisible();
  // Let the bucket refill after the page's own requests.
  await page.waitForTimeout(3_000);
  await resetFake(request);

  const burst = 60;
  const { results, elapsedMs } = await page.evaluate(async (n) => {
    const started = performance.now();
    const responses = await Promise.all(Array.from({ length: n }, (_, i) => fetch(i % 2 ? "/api/intercom/teams" : "/api/intercom/admins")));
    const elapsedMs = performance.now() - started;
    const results = await Promise.all(responses.map(async (r) => ({ status: r.status, retryAfter: r.headers.get("retry-after"), body: r.status === 429 ? await r.json() : null })));
    return { results, elapsedMs };
  }, burst);

  const ok = results.filter((r) => r.status === 200);
  const limited = results.filter((r) => r.status === 429);
  expect(ok.length + limited.length).toBe(burst);
  // The burst, plus what refills at the steady rate while the burst is being served, and no more.
  expect(ok.length).toBeGreaterThanOrEqual(AUTH_RATE_LIMIT.burst);
  expect(ok.length).toBeLessThanOrEqual(AUTH_RATE_LIMIT.burst + Math.ceil((AUTH_RATE_LIMIT.perSecond * elapsedMs) / 1000));
  expect(limited.length).toBeGreaterThan(0);
  expect(limited[0]!.body).toMatchObject({ type: "error.list", errors: [{ code: "rate_limit_exceeded" }] });
  expect(Number(limited[0]!.retryAfter)).toBeGreaterThanOrEqual(1);
  // Refused requests never reached Intercom.
  expect((await fakeStats(request)).calls).toBeLessThanOrEqual(ok.length);

  // The session recovers once it slows down.
  await page.waitForTimeout(1_500);
  expect(await page.evaluate(async () => (await fetch("/api/intercom/teams")).status)).toBe(200);
});
