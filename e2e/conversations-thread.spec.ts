import { expect, test, type Page } from "@playwright/test";
import { resetFake, setFault } from "./support/fake";

/**
 * Conversation journeys against the fake over HTTP. The fake is deterministic: conversation index
 * i has id 210000000 + (1500 - 1 - i), index 40 is the 612-part thread and index 6 carries hostile HTML.
 */
const idAt = (index: number) => String(210_000_000 + 1_500 - 1 - index);
const LONG_ID = idAt(40);
const HOSTILE_ID = idAt(6);
/** 73 parts of every kind, closed and rated. */
const RICH_ID = idAt(5);

test.beforeEach(async ({ request }) => resetFake(request));

async function openConversation(page: Page, id: string, query = "") {
  await page.goto(`/conversations/${id}${query}`);
  await expect(page.getByRole("heading", { name: `Conversation ${id}` })).toBeVisible();
}

test("the list is newest first, loads more by cursor and filters by state and teammate through the URL", async ({ page }) => {
  await page.goto("/conversations");
  const rows = page.getByTestId("conversation-row");
  await expect(rows).toHaveCount(25);
  await expect(rows.first().getByRole("link").first()).toHaveText(idAt(0));
  await expect(page.getByTestId("conversation-count")).toHaveText("Showing 25 of 1,500 conversations");
  await page.getByRole("button", { name: "Load more" }).click();
  await expect(rows).toHaveCount(50);
  await expect(rows.nth(25).getByRole("link").first()).toHaveText(idAt(25));

  await page.getByRole("button", { name: "snoozed" }).click();
  await expect(page).toHaveURL(/state=snoozed/);
  await expect(rows.first()).toBeVisible();
  const states = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-state")));
  expect(new Set(states)).toEqual(new Set(["snoozed"]));

  await page.getByRole("button", { name: "closed" }).click();
  const teammate = page.getByLabel("Assigned teammate");
  await teammate.selectOption({ label: "Priya Raman" });
  await expect(page).toHaveURL(/state=closed/);
  await expect(page).toHaveURL(/teammate=\d+/);
  await expect(rows.first()).toBeVisible();
  const assignees = await rows.evaluateAll((els) => els.map((e) => e.querySelectorAll("td")[3]?.textContent));
  expect(new Set(assignees)).toEqual(new Set(["Priya Raman"]));

  // A reload keeps the filtered view: the URL is the state.
  await page.reload();
  await expect(page.getByLabel("Assigned teammate")).toHaveValue(/\d+/);
  await expect(page.getByRole("button", { name: "closed" })).toHaveAttribute("aria-pressed", "true");
});

test("a conversation shows its header, statistics, rating and every kind of part with linked authors", async ({ page }) => {
  await openConversation(page, RICH_ID);
  await expect(page.getByLabel("Conversation details").getByTestId("state-badge")).toHaveText("closed");
  await expect(page.getByTestId("rating")).toContainText("Rated teammate:");
  await expect(page.getByTestId("rating").locator('a[href^="/admins/"]')).toBeVisible();
  await expect(page.getByTestId("timeline")).toHaveAttribute("data-windowed", "false");
  await expect(page.getByLabel("Conversation details").getByRole("link", { name: /.+/ }).first()).toHaveAttribute("href", /^\/(admins|teams|contacts)\//);
  await expect(page.getByTestId("statistics")).toContainText("Time to first reply");
  await expect(page.getByTestId("statistics")).toContainText(/\d+ (s|min|h|d)/);

  const timeline = page.getByTestId("timeline");
  for (const kind of ["customer", "teammate", "note", "fin", "event"]) {
    await expect(timeline.locator(`[data-part-kind="${kind}"]`).first()).toBeAttached();
  }
  const note = timeline.locator('[data-part-kind="note"]').first();
  await expect(note).toContainText("Internal note");
  await expect(note).toContainText("Only teammates see this");
  await expect(timeline.locator('[data-part-kind="teammate"]').first().locator('a[href^="/admins/"]').first()).toBeVisible();
  await expect(timeline.locator('[data-part-kind="customer"]').first().locator('a[href^="/contacts/"]').first()).toBeVisible();
  await expect(timeline.locator('[data-part-kind="fin"]').first()).toContainText("Fin · AI agent");
  const assignment = timeline.locator('[data-part-type="assignment"]').first();
  await expect(assignment).toContainText("assigned this to");
  await expect(timeline.locator('[data-part-type="close"]').last()).toContainText("closed the conversation");
  const attachment = timeline.getByTestId("attachment").first();
  await expect(attachment).toContainText(/(png|pdf|csv|plain|mp4)/);
  await expect(attachment).toContainText(/\d+(\.\d)? (B|KB|MB)/);
});

test("the 612-part conversation warns that Intercom left out its oldest parts", async ({ page }) => {
  await openConversation(page, LONG_ID);
  const banner = page.getByTestId("truncation-banner");
  await expect(banner).toContainText("112 earlier parts are missing");
  await expect(banner).toContainText("500 most recent");
  await expect(page.getByTestId("timeline")).toHaveAttribute("data-windowed", "true");
  // j / k walk the windowed timeline.
  await page.keyboard.press("j");
  await expect(page.locator('[data-testid="part"][aria-current="true"]')).toBeVisible();
  await page.keyboard.press("End");
  // Let the End scroll finish first, or it can land after j's scroll and carry the part away.
  await page.waitForFunction(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 4);
  for (let i = 0; i < 3; i++) await page.keyboard.press("j");
  await expect(page.locator('[data-testid="part"][aria-current="true"]')).toBeInViewport();
});

test("plaintext mode comes from Intercom's display_as and lives in the URL", async ({ page }) => {
  await openConversation(page, idAt(3));
  await expect(page.locator(".intercom-html").first()).toBeVisible();
  await page.getByRole("button", { name: "Plain text" }).click();
  await expect(page).toHaveURL(/display=plaintext/);
  await expect(page.locator(".intercom-html")).toHaveCount(0);
  await expect(page.getByTestId("part").first()).toContainText(/\w+/);
  await page.reload();
  await expect(page.getByRole("button", { name: "Plain text" })).toHaveAttribute("aria-pressed", "true");
});

test("download transcript saves the thread as Markdown", async ({ page }) => {
  await openConversation(page, idAt(3));
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download transcript" }).click()]);
  expect(download.suggestedFilename()).toBe(`conversation-${idAt(3)}.md`);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(text).toMatch(new RegExp(`^# Conversation ${idAt(3)}`));
  expect(text).toContain("· Customer · first message");
  expect(text).not.toContain("<p>");
});

test("hostile HTML renders harmlessly: no script runs, no dialog opens, no pixel loads until asked", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const pixelRequests: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("127.0.0.1:4666")) pixelRequests.push(r.url());
  });
  await openConversation(page, HOSTILE_ID);
  const timeline = page.getByTestId("timeline");
  await expect(timeline.getByText("Unclosed")).toBeVisible();
  await expect(timeline.getByText("Our logo is above.")).toBeVisible();
  await page.waitForTimeout(500);

  expect(await page.evaluate(() => (window as unknown as { __lensXss?: unknown }).__lensXss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(pixelRequests).toEqual([]);
  expect(await timeline.locator("script, iframe, object, embed, svg, form, [onerror], [onload], [ontoggle]").count()).toBe(0);
  const hrefs = await timeline.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
  for (const a of await timeline.locator(".intercom-html a[href]").all()) {
    await expect(a).toHaveAttribute("target", "_blank");
    await expect(a).toHaveAttribute("rel", "noopener noreferrer");
  }
  // The hostile attachment name is text, and its javascript: URL is not a link.
  await expect(timeline.getByTestId("attachment").filter({ hasText: "onerror" }).locator("a")).toHaveCount(0);

  // The tracking pixel loads only after the reader clicks its placeholder.
  await timeline.getByRole("button", { name: "Show image from 127.0.0.1:4666" }).click();
  await expect.poll(() => pixelRequests.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __lensXss?: unknown }).__lensXss)).toBeUndefined();
});

test("a video poster in a message is never fetched: no request leaves the browser", async ({ page }) => {
  const posterRequests: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("127.0.0.1:4666")) posterRequests.push(r.url());
  });
  await openConversation(page, HOSTILE_ID);
  const timeline = page.getByTestId("timeline");
  await expect(timeline.getByText("Recording of the bug:")).toBeVisible();
  await page.waitForTimeout(500);
  expect(posterRequests).toEqual([]);
  expect(await timeline.locator("video, audio, picture, source, [poster]").count()).toBe(0);
});

test("a link dressed with the page's own classes stays inside its message instead of covering the page", async ({ page }) => {
  await openConversation(page, HOSTILE_ID);
  const link = page.getByTestId("timeline").getByRole("link", { name: "Your Lens session expired: sign in again" });
  await expect(link).toBeVisible();
  await expect(link).not.toHaveAttribute("class");
  const message = link.locator("xpath=ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' intercom-html ')][1]");
  const [linkBox, messageBox] = [await link.boundingBox(), await message.boundingBox()];
  expect(linkBox && messageBox).toBeTruthy();
  expect(linkBox!.x).toBeGreaterThanOrEqual(messageBox!.x - 0.5);
  expect(linkBox!.y).toBeGreaterThanOrEqual(messageBox!.y - 0.5);
  expect(linkBox!.x + linkBox!.width).toBeLessThanOrEqual(messageBox!.x + messageBox!.width + 0.5);
  expect(linkBox!.y + linkBox!.height).toBeLessThanOrEqual(messageBox!.y + messageBox!.height + 0.5);
  // The header's own controls are still the topmost element where they are drawn.
  const header = page.getByRole("button", { name: "Download transcript" });
  const box = (await header.boundingBox())!;
  const topmost = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest("button")?.textContent ?? "", [box.x + box.width / 2, box.y + box.height / 2]);
  expect(topmost).toContain("Download transcript");
});

test("the transcript of a hostile thread keeps customer text as text: no javascript: link, no raw HTML", async ({ page }) => {
  await openConversation(page, HOSTILE_ID);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download transcript" }).click()]);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(text).toContain("[the guide](https://ok.example/a%29%20%5Bx%5D%28javascript:window.__lensXss=1%29)");
  expect(text).toContain("then \\<img src=x onerror=window.\\_\\_lensXss=1> shows up");
  // Any "](javascript:" left is behind an escaped bracket, and any "<" is escaped.
  expect(text).not.toMatch(/[^\\]\]\(javascript:/i);
  expect(text).not.toMatch(/(^|[^\\])<[a-z!/]/im);
});

test("unknown and malformed ids show not-found; a plan restriction shows Intercom's message", async ({ page }) => {
  await page.goto("/conversations/999999999");
  await expect(page.getByTestId("not-found")).toContainText("Conversation not found");
  await page.goto("/conversations/abc<script>");
  await expect(page.getByTestId("not-found")).toContainText("abc<script>");
  await page.goto("/conversations/403000403");
  const alert = page.getByRole("alert").filter({ hasText: "Could not load this conversation" });
  await expect(alert).toContainText("Active subscription needed.");
  await expect(alert).toContainText("api_plan_restricted");
});

test("a server error while reading a conversation shows the error with its request id", async ({ page, request }) => {
  await setFault(request, { kind: "server_error", pathPrefix: "/conversations/" });
  await page.goto(`/conversations/${idAt(7)}`);
  await expect(page.getByRole("alert").filter({ hasText: "Could not load this conversation" })).toBeVisible();
  await expect(page.getByTestId("request-id")).toBeVisible();
});
