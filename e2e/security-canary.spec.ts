import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type Response } from "@playwright/test";
import { CANARY_TOKEN } from "./support/env";
import { fakeStats, resetFake, setFault } from "./support/fake";

/**
 * security.md §1.3: the live server holds CANARY_TOKEN; it must reach the fake Intercom (positive
 * control) and nothing a browser can see: HTML, RSC payloads, JS chunks, API bodies and headers.
 */

test.beforeEach(async ({ request }) => resetFake(request));
test.afterEach(async ({ request }) => setFault(request, null));

function files(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, keep) : keep(full) ? [full] : [];
  });
}

test("the token reaches Intercom and nothing the browser loads", async ({ page, request }) => {
  const seen: { url: string; text: string }[] = [];
  const reads: Promise<void>[] = [];
  page.on("response", (res: Response) => {
    reads.push(
      (async () => {
        const headers = JSON.stringify(await res.allHeaders());
        // A body the browser discarded (a redirect, an aborted prefetch) cannot be read; say so.
        const body = await Promise.race([res.text(), new Promise<string>((r) => setTimeout(() => r(""), 2_000))]).catch(() => "");
        seen.push({ url: res.url(), text: headers + body });
      })(),
    );
  });

  // Each page reads Intercom twice over: on the server for the first paint (/me in the HTML) and
  // through the proxy from the browser (the teammate and team lists), so both paths are exercised.
  for (const route of ["/admins", "/teams", "/no-such-page", "/"]) {
    await page.goto(route);
    await expect(page.getByTestId("workspace-name"), route).toHaveText("Northwind Support");
  }
  await expect(page.getByTestId("overview-workspace")).toHaveText("Northwind Support");

  // Every script the page loads, fetched again outside the browser's cache.
  const scripts = await page.locator("script[src]").evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).src));
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts) seen.push({ url: src, text: await (await request.get(src)).text() });

  await Promise.all(reads);
  // The bodies were really read: the proxy's answers and the page HTML carry the workspace's data.
  expect(seen.some((s) => s.url.includes("/api/intercom/") && s.text.includes("@northwind.example"))).toBe(true);
  expect(seen.some((s) => s.url.endsWith("/") && s.text.includes("<html") && s.text.includes("Northwind Support"))).toBe(true);
  expect(seen.some((s) => s.url.includes("/_next/static/") && s.text.length > 1_000)).toBe(true);
  for (const { url, text } of seen) expect(text.includes(CANARY_TOKEN), url).toBe(false);

  // Positive control: the same server did send the token upstream.
  await request.get("/api/intercom/teams/987654321");
  expect((await fakeStats(request)).lastHeaders?.authorization).toBe(`Bearer ${CANARY_TOKEN}`);
});

test("the built client and prerendered output do not contain the token", () => {
  const staticFiles = files(".next/static", () => true);
  expect(staticFiles.length).toBeGreaterThan(0);
  // Positive control: a string that ships in the client bundle is found by the same grep.
  expect(staticFiles.some((f) => readFileSync(f, "utf8").includes("without a readable error"))).toBe(true);
  const served = files(".next/server/app", (f) => /\.(html|rsc|meta|body|segments)$/.test(f));
  for (const file of [...staticFiles, ...served]) expect(readFileSync(file, "utf8").includes(CANARY_TOKEN), file).toBe(false);
});

test("no upstream failure puts the token in an answer", async ({ request }) => {
  const faults = [
    { kind: "unauthorized", status: 502 },
    { kind: "server_error", status: 502 },
    { kind: "malformed", status: 502 },
    { kind: "html", status: 502 },
    { kind: "redirect", status: 502 },
    { kind: "leaky_headers", status: 404 },
    // Last: a 429 further away than Lens waits (10 s) holds every call until its reset.
    { kind: "rate_limit", resetInSeconds: 12, status: 429 },
  ] as const;
  let id = 424_242;
  for (const { status, ...fault } of faults) {
    await setFault(request, fault);
    // A fresh id each time: errors are never cached, but this keeps every call honest.
    const res = await request.get(`/api/intercom/admins/${id++}`);
    expect(res.status(), fault.kind).toBe(status);
    const text = JSON.stringify(res.headersArray()) + (await res.text());
    expect(text.includes(CANARY_TOKEN), fault.kind).toBe(false);
    expect(res.headers()["cache-control"]).toBe("no-store");
  }
  expect((await fakeStats(request)).lastHeaders?.authorization).toBe(`Bearer ${CANARY_TOKEN}`);
  // The pause answers 503 without the token either; wait it out so the next test finds Lens calling Intercom.
  await setFault(request, null);
  await expect
    .poll(
      async () => {
        const res = await request.get(`/api/intercom/admins/${id++}`);
        expect((JSON.stringify(res.headersArray()) + (await res.text())).includes(CANARY_TOKEN)).toBe(false);
        return res.status();
      },
      { timeout: 20_000, intervals: [1_000] },
    )
    .toBe(404);
});
