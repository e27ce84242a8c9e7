import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

// Charts load Recharts on demand; on a busy machine the first one can take a while.
const CHART_TIMEOUT = { timeout: 30_000 };

// The demo server syncs its fake workspace into the store at start; the reports wait for that.
async function waitForSync(request: APIRequestContext) {
  await expect.poll(async () => ((await (await request.get("/api/reports/conversations?limit=1")).json()) as { asOf: number | null }).asOf, { timeout: 90_000, intervals: [1_000] }).not.toBeNull();
  await expect.poll(async () => ((await (await request.get("/api/reports/access")).json()) as { asOf: number | null }).asOf, { timeout: 60_000 }).not.toBeNull();
}

async function csvOf(page: Page, click: () => Promise<void>): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return (await readFile((await download.path())!)).toString("utf8").trim().split("\r\n");
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ request }) => {
  test.setTimeout(120_000);
  await waitForSync(request);
});

test("response times: a team's bar opens the ledger with exactly that team's conversations", async ({ page }) => {
  await page.goto("/reports/response-times?group=team");
  await expect(page.getByText(/Data as of/)).toBeVisible();
  const billing = page.getByRole("row", { name: /Billing/ });
  const count = Number((await billing.getByRole("cell").nth(1).innerText()).replace(/\D/g, ""));
  expect(count).toBeGreaterThan(0);
  const bar = page.getByRole("button", { name: /^Billing: p50/ });
  await expect(bar).toBeVisible(CHART_TIMEOUT);
  // Keyboard drill-down: focus the bar and press Enter.
  await bar.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/reports\/conversations\?team=8000102$/);
  await expect(page.getByTestId("ledger-total")).toHaveText(`${count.toLocaleString("en-GB")} conversations match.`);
  const teams = await page.getByTestId("ledger-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-team")));
  expect(teams.length).toBeGreaterThan(5);
  expect(new Set(teams)).toEqual(new Set(["8000102"]));

  const lines = await csvOf(page, () => page.getByRole("link", { name: /Download CSV/ }).click());
  expect(lines[0]).toMatch(/^Conversation id,Created \(UTC\),State,Team/);
  expect(lines).toHaveLength(count + 1);
  expect(lines.slice(1).every((l) => l.split(",")[3] === "Billing")).toBe(true);
});

test("ledger: sorts in the URL, scrolls far, and a row opens its thread", async ({ page }) => {
  await page.goto("/reports/conversations?sort=time_to_admin_reply");
  await expect(page.getByTestId("ledger-total")).toHaveText("1,500 conversations match.");
  await page.getByTestId("ledger-rows").evaluate((el) => el.scrollTo(0, el.scrollHeight));
  // The last page arrives as it scrolls into view.
  await expect(
    page
      .getByRole("row")
      .filter({ has: page.getByTestId("ledger-row") })
      .last(),
  ).toBeVisible();
  await page.getByTestId("ledger-rows").evaluate((el) => el.scrollTo(0, 0));
  const first = page.getByTestId("ledger-row").first();
  const id = await first.getByRole("link").innerText();
  await first.getByRole("cell").nth(2).click();
  await expect(page).toHaveURL(new RegExp(`/conversations/${id}$`));
});

test("ratings: the 1-star bar lands on the ledger's 1-star rows; low ratings open the thread", async ({ page }) => {
  await page.goto("/reports/csat");
  const bar = page.getByRole("button", { name: /^1 ★: \d+ conversations/ });
  await expect(bar).toBeVisible(CHART_TIMEOUT);
  const n = Number((await bar.getAttribute("aria-label"))!.match(/: (\d+) conversations/)![1]);
  await bar.click();
  await expect(page).toHaveURL(/\/reports\/conversations\?rating=1$/);
  await expect(page.getByTestId("ledger-total")).toHaveText(`${n} conversations match.`);
  const ratings = await page.getByTestId("ledger-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-rating")));
  expect(new Set(ratings)).toEqual(new Set(["1"]));

  await page.goto("/reports/csat");
  const lines = await csvOf(page, () => page.getByRole("button", { name: "Download CSV" }).last().click());
  expect(lines[0]).toBe("Rated (UTC),Rating,Team,Teammate,Conversation id");
  expect(lines.slice(1).every((l) => ["1", "2"].includes(l.split(",")[1]!))).toBe(true);
  await page
    .getByRole("link", { name: /^Read / })
    .first()
    .click();
  await expect(page).toHaveURL(/\/conversations\/\d+$/);
});

test("article history: a day's bar lists its articles, and an article page charts its own history", async ({ page }) => {
  await page.goto("/articles/history");
  await expect(page.getByText(/Data as of/)).toBeVisible();
  await expect(page.getByText(/per-day numbers need at least two days/)).toHaveCount(0);
  const day = page.getByRole("button", { name: /^\d{4}-\d{2}-\d{2}: \d+ views/ }).nth(3);
  await expect(day).toBeVisible(CHART_TIMEOUT);
  const label = (await day.getAttribute("aria-label"))!;
  const [, date, views] = label.match(/^(\S+): (\d+) views/)!;
  await day.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`day=${date}`));
  const table = page.getByTestId("selected-day");
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  const listed = await table.getByRole("row").evaluateAll((rows) => rows.slice(1).reduce((sum, r) => sum + Number(r.children[1]!.textContent!.replace(/\D/g, "")), 0));
  expect(listed).toBe(Number(views));

  const lines = await csvOf(page, () => page.getByRole("button", { name: "Download CSV" }).first().click());
  expect(lines[0]).toBe("Day,Views,Conversations started,Reactions,Days covered");
  expect(lines.length).toBeGreaterThan(20);

  await table.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  await expect(page.getByRole("region", { name: "History" }).getByRole("figure").first()).toBeVisible(CHART_TIMEOUT);
});

test("access review: dormant teammates are flagged, a bar shows one teammate, and the audit CSV says so", async ({ page }) => {
  await page.goto("/reports/access");
  await expect(page.getByText(/\d+ teammates, 2 dormant/)).toBeVisible();
  const chloe = page.getByRole("button", { name: /^Chloe Dubois: \d+ days/ });
  await expect(chloe).toBeVisible(CHART_TIMEOUT);
  await chloe.click();
  await expect(page).toHaveURL(/teammate=5000118/);
  const rows = page.getByTestId("access-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-dormant", "yes");
  const lines = await csvOf(page, () => page.getByRole("button", { name: "Download audit CSV" }).click());
  expect(lines[0]).toContain("Dormant");
  expect(lines[1]).toMatch(/^Chloe Dubois,chloe\.dubois@northwind\.example,5000118,.*yes \(no sign-in in 30 days\)/);
});

test("each report arrives with its page: the figures show without the browser asking the report endpoints", async ({ page }) => {
  const asked: string[] = [];
  await page.route("**/api/reports/**", (route) => {
    asked.push(new URL(route.request().url()).pathname);
    return route.abort();
  });
  await page.goto("/reports/response-times?group=team");
  await expect(page.getByRole("row", { name: /Billing/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Billing: p50/ })).toBeVisible(CHART_TIMEOUT);
  await page.goto("/reports/csat");
  await expect(page.getByRole("button", { name: /^1 ★: \d+ conversations/ })).toBeVisible(CHART_TIMEOUT);
  await page.goto("/articles/history");
  await expect(page.getByRole("button", { name: /^\d{4}-\d{2}-\d{2}: \d+ views/ }).first()).toBeVisible(CHART_TIMEOUT);
  await page.goto("/reports/access?dormant=60");
  await expect(page.getByTestId("access-row").first()).toBeVisible();
  await expect(page.getByLabel("Dormant after (days without sign-in)")).toHaveValue("60");
  expect(asked).toEqual([]);
});

test("alerts: rules from the file, the failed sign-in burst matched once, a rule's bar filters the list", async ({ page, request }) => {
  await page.goto("/alerts");
  await expect(page.getByText("Failed sign-in burst (failed_sign_ins)")).toBeVisible();
  const bar = page.getByRole("button", { name: /^Failed sign-in burst: 1 matches/ });
  await expect(bar).toBeVisible(CHART_TIMEOUT);
  await bar.click();
  await expect(page).toHaveURL(/rule=failed-burst/);
  await expect(page.getByText(/5 failed sign-ins for hiroshi\.tanaka@northwind\.example within 10 minutes/)).toBeVisible();
  const lines = await csvOf(page, () => page.getByRole("button", { name: "Download CSV" }).first().click());
  expect(lines).toHaveLength(2);
  // The rules are evaluated after every sync; the same entries never match twice.
  const body = (await (await request.get("/api/alerts")).json()) as { matches: { rule_id: string; entry_id: string }[] };
  const keys = body.matches.map((m) => `${m.rule_id}:${m.entry_id}`);
  expect(new Set(keys).size).toBe(keys.length);
});
