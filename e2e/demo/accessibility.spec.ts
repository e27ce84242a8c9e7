import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

/**
 * Every route of Lens in demo mode, checked with axe-core (WCAG 2 A and AA): no serious or critical
 * violation. Detail routes take the first record of their list, read through the same mirror.
 */

const LISTS = [
  "/",
  "/admins",
  "/teams",
  "/audit",
  "/contacts",
  "/companies",
  "/segments",
  "/tags",
  "/visitors",
  "/data-attributes",
  "/subscription-types",
  "/conversations",
  "/ticket-types",
  "/articles",
  "/articles/insights",
  "/articles/history",
  "/help-center",
  "/news",
  "/exports",
  "/reports/response-times",
  "/reports/conversations",
  "/reports/csat",
  "/reports/access",
  "/alerts",
  "/sync",
];

/** Detail route → the mirror path listing its records and how to read the first id. */
const DETAILS: [route: string, list: string, pick: (body: Record<string, unknown>) => unknown][] = [
  ["/admins/{id}", "/admins", (b) => first(b.admins)],
  ["/teams/{id}", "/teams", (b) => first(b.teams)],
  ["/contacts/{id}", "/contacts?per_page=1", (b) => first(b.data)],
  ["/companies/{id}", "/companies", (b) => first(b.data)],
  ["/segments/{id}", "/segments", (b) => first(b.segments)],
  ["/tags/{id}", "/tags", (b) => first(b.data)],
  ["/conversations/{id}", "/conversations?per_page=1", (b) => first(b.conversations)],
  ["/ticket-types/{id}", "/ticket_types", (b) => first(b.data)],
  ["/articles/{id}", "/articles?per_page=1", (b) => first(b.data)],
  ["/help-center/{id}", "/help_center/help_centers", (b) => first(b.data)],
  ["/help-center/collections/{id}", "/help_center/collections", (b) => first(b.data)],
  ["/help-center/sections/{id}", "/help_center/sections", (b) => first(b.data)],
  ["/news/{id}", "/news/news_items", (b) => first(b.data)],
  ["/news/newsfeeds/{id}", "/news/newsfeeds", (b) => first(b.data)],
];

function first(list: unknown): unknown {
  return Array.isArray(list) ? (list[0] as { id?: unknown } | undefined)?.id : undefined;
}

async function firstId(request: APIRequestContext, list: string, pick: (body: Record<string, unknown>) => unknown): Promise<string> {
  const res = await request.get(`/api/intercom${list}`);
  expect(res.status(), list).toBe(200);
  const id = pick(await res.json());
  expect(id, `an id from ${list}`).toBeTruthy();
  return String(id);
}

async function expectNoSeriousViolations(page: Page, route: string) {
  await page.goto(route);
  await expect(page.locator("main")).toBeVisible();
  // Let the first screen settle (loading placeholders are part of the page too, but data is the point).
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    ),
    route,
  ).toEqual([]);
}

for (const theme of ["light", "dark"] as const) {
  test.describe(`axe in the ${theme} theme`, () => {
    test.use({ colorScheme: theme });
    // axe walks the whole DOM: the chart pages take a while on a busy machine.
    test.describe.configure({ timeout: 90_000 });

    for (const route of LISTS) {
      test(`${route} has no serious or critical violation`, async ({ page }) => {
        await expectNoSeriousViolations(page, route);
      });
    }

    for (const [route, list, pick] of DETAILS) {
      test(`${route} has no serious or critical violation`, async ({ page, request }) => {
        const id = await firstId(request, list, pick);
        await expectNoSeriousViolations(page, route.replace("{id}", encodeURIComponent(id)));
      });
    }
  });
}
