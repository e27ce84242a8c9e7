import { expect, test, type APIRequestContext } from "@playwright/test";

interface Found {
  id: string;
  email: string;
  name: string;
  company: { id: string; name: string };
  tag: string;
  segment: string;
  event: string;
}

/** A contact from the fake that has something in every section, read through Lens's own proxy. */
async function richContact(request: APIRequestContext): Promise<Found> {
  const list = await (await request.get("/api/intercom/contacts?per_page=60")).json();
  for (const c of list.data) {
    if (!c.companies.total_count || !c.tags.total_count || !c.notes.total_count) continue;
    const segments = await (await request.get(`/api/intercom/contacts/${c.id}/segments`)).json();
    const events = await (await request.get(`/api/intercom/events?type=user&intercom_user_id=${c.id}&summary=true`)).json();
    if (!segments.data.length || !events.events.length) continue;
    const company = await (await request.get(`/api/intercom/companies/${c.companies.data[0].id}`)).json();
    const tags = await (await request.get(`/api/intercom/contacts/${c.id}/tags`)).json();
    return { id: c.id, email: c.email, name: c.name, company: { id: company.id, name: company.name }, tag: tags.data[0].name, segment: segments.data[0].name, event: events.events[0].name };
  }
  throw new Error("the fake has no contact with companies, tags, notes, segments and events");
}

test("search a contact by email from the palette, see everything about them, follow the company and come back", async ({ page, request }) => {
  const c = await richContact(request);
  await page.goto("/");
  await page.keyboard.press("Control+k");
  const input = page.getByPlaceholder(/Email, name, company/);
  await expect(input).toBeFocused();
  await input.fill(c.email);
  const option = page.getByRole("option", { name: new RegExp(c.name) });
  await expect(option).toBeVisible();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(new RegExp(`/contacts/${c.id}$`));
  await expect(page.getByTestId("contact-name")).toContainText(c.name);
  await expect(page.getByTestId("contact-email")).toHaveText(c.email);
  await expect(page.getByTestId("contact-companies").getByRole("link", { name: c.company.name })).toBeVisible();
  await expect(page.getByTestId("contact-tags")).toContainText(c.tag);
  await expect(page.getByTestId("contact-tags")).toContainText(/by \S+/);
  await expect(page.getByTestId("contact-segments")).toContainText(c.segment);
  await expect(page.getByTestId("contact-notes").getByRole("link", { name: "Open note" }).first()).toBeVisible();
  await expect(page.getByTestId("contact-events")).toContainText(c.event);
  await expect(page.getByTestId("contact-custom-attributes")).toContainText("Signup source");

  await page.getByTestId("contact-companies").getByRole("link", { name: c.company.name }).click();
  await expect(page).toHaveURL(new RegExp(`/companies/${c.company.id}$`));
  await expect(page.getByTestId("company-name")).toHaveText(c.company.name);
  await expect(page.getByTestId("company-contacts").getByRole("link", { name: c.name })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/contacts/${c.id}$`));
  await expect(page.getByTestId("contact-name")).toContainText(c.name);
});

test("a note opens on its own page with its author and contact", async ({ page, request }) => {
  const c = await richContact(request);
  await page.goto(`/contacts/${c.id}`);
  await page.getByTestId("contact-notes").getByRole("link", { name: "Open note" }).first().click();
  await expect(page).toHaveURL(/\/notes\/\d+$/);
  await expect(page.getByTestId("note-contact")).toContainText(c.name);
  await expect(page.getByTestId("note-author").getByRole("link")).toBeVisible();
});

test("loading several pages of contacts never repeats a contact", async ({ page }) => {
  const fetched: string[] = [];
  page.on("response", async (res) => {
    if (/\/api\/intercom\/contacts\?/.test(res.url()) && res.request().method() === "GET") {
      const body = await res.json().catch(() => null);
      if (body?.data) fetched.push(...body.data.map((c: { id: string }) => c.id));
    }
  });
  await page.goto("/contacts");
  const scroller = page.getByTestId("contact-scroller");
  await expect(scroller.getByRole("row").nth(1)).toBeVisible();

  const seenRows = new Map<string, string>();
  // The first page arrives with the HTML; the browser fetches the following ones.
  for (let step = 0; step < 60 && fetched.length < 200; step++) {
    for (const row of await scroller.locator("[data-contact-id]").all()) {
      const index = await row.getAttribute("aria-rowindex");
      const id = await row.getAttribute("data-contact-id");
      if (index && id) seenRows.set(index, id);
    }
    await scroller.evaluate((el) => el.scrollBy(0, 1_200));
    await page.waitForTimeout(120);
  }
  expect(fetched.length).toBeGreaterThanOrEqual(200);
  expect(new Set(fetched).size).toBe(fetched.length);
  await expect(page.getByTestId("contact-count")).toContainText(/2,000/);
  // The rows the virtualised list showed are distinct too.
  expect(seenRows.size).toBeGreaterThan(150);
  expect(new Set(seenRows.values()).size).toBe(seenRows.size);
});

test("the search box understands an email and keeps the search in the URL", async ({ page, request }) => {
  const c = await richContact(request);
  await page.goto("/contacts");
  await page.getByLabel("Search contacts").fill(c.email);
  await expect(page.getByTestId("query-understood")).toContainText(`Email is ${c.email}`);
  await expect(page).toHaveURL(/\?q=/);
  await expect(page.getByTestId("contact-count")).toContainText("Matching contacts: 1");
  await expect(page.locator(`[data-contact-id="${c.id}"]`)).toBeVisible();

  const domain = c.email.split("@")[1]!;
  await page.goto(`/contacts?q=${encodeURIComponent(domain)}&role=user`);
  await expect(page.getByTestId("query-understood")).toContainText(`Email domain is ${domain}`);
  await expect(page.locator("[data-contact-id]").first()).toBeVisible();
  for (const email of await page.getByRole("row").locator("[role=cell]:nth-child(2)").allTextContents()) expect(email.endsWith(`@${domain}`)).toBe(true);
});

test("an unknown contact id shows not found, and a malformed one is echoed as text", async ({ page }) => {
  await page.goto("/contacts/64f1c0ffffffffffffffffff");
  await expect(page.getByTestId("not-found")).toContainText("Contact not found");
  await expect(page.getByTestId("not-found")).toContainText("64f1c0ffffffffffffffffff");
  await expect(page.getByText(/merged into another one/)).toBeVisible();

  await page.goto(`/contacts/${encodeURIComponent("<img src=x onerror=alert(1)>")}`);
  await expect(page.getByTestId("not-found")).toContainText("<img src=x onerror=alert(1)>");
  expect(await page.locator("main img").count()).toBe(0);
});

test("a search that is refused shows the reason", async ({ page }) => {
  await page.goto(`/contacts?q=${"x".repeat(1_100)}`);
  const alert = page.getByRole("alert").filter({ hasText: "Intercom rejected this search" });
  await expect(alert).toContainText("A filter value must be a string");
  await expect(alert).toContainText("Status 400");
});
