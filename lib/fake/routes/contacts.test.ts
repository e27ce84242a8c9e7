import { afterEach, describe, expect, it, vi } from "vitest";
import { createFakeIntercom } from "../server";
import { contactIdentity } from "../workspace/people";

const BASE = "https://api.intercom.test";

function fake() {
  const f = createFakeIntercom({ baseUrl: BASE });
  const call = async (path: string, body?: unknown) => {
    const res = await f(new Request(`${BASE}${path}`, body === undefined ? {} : { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read arbitrary Intercom JSON
    return { status: res.status, json: (await res.json()) as Record<string, any> };
  };
  return { f, call };
}

function expectEachOnce(ids: string[], total: number) {
  expect(ids.length).toBe(total);
  expect(new Set(ids).size).toBe(total);
}

describe("fake customer endpoints: every pagination style yields each record exactly once", () => {
  it("cursor: GET /contacts", async () => {
    const { call } = fake();
    const ids: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const { json } = await call(`/contacts?per_page=150${after ? `&starting_after=${after}` : ""}`);
      ids.push(...json.data.map((c: { id: string }) => c.id));
      after = json.pages.next?.starting_after;
      pages++;
    } while (after);
    expectEachOnce(ids, 2_000);
    expect(pages).toBe(14);
  });

  it("cursor in the body: POST /contacts/search", async () => {
    const { call } = fake();
    const query = { field: "role", operator: "=", value: "lead" };
    const ids: string[] = [];
    let after: string | undefined;
    let total = 0;
    do {
      const { status, json } = await call("/contacts/search", { query, pagination: { per_page: 37, ...(after ? { starting_after: after } : {}) } });
      expect(status).toBe(200);
      total = json.total_count;
      for (const c of json.data) expect(c.role).toBe("lead");
      ids.push(...json.data.map((c: { id: string }) => c.id));
      after = json.pages.next?.starting_after;
    } while (after);
    expect(total).toBeGreaterThan(200);
    expectEachOnce(ids, total);
  });

  it("page: GET /companies", async () => {
    const { call } = fake();
    const first = await call("/companies?per_page=40");
    const ids: string[] = [];
    for (let page = 1; page <= first.json.pages.total_pages; page++) {
      const { json } = await call(`/companies?per_page=40&page=${page}`);
      expect(json.pages.page).toBe(page);
      ids.push(...json.data.map((c: { id: string }) => c.id));
    }
    expectEachOnce(ids, 300);
  });

  it("link: GET /events following pages.next", async () => {
    const { call } = fake();
    const contactId = "64f1c0000000000000000000";
    const ids: string[] = [];
    let next: string | null = `/events?type=user&intercom_user_id=${contactId}&per_page=4`;
    let pages = 0;
    while (next) {
      const { json } = await call(next);
      ids.push(...json.events.map((e: { id: string }) => e.id));
      next = json.pages.next ? (json.pages.next as string).replace(BASE, "") : null;
      pages++;
    }
    expect(pages).toBeGreaterThan(2);
    expectEachOnce(ids, ids.length);
    const all = await call(`/events?type=user&intercom_user_id=${contactId}&per_page=150`);
    expect(ids).toEqual(all.json.events.map((e: { id: string }) => e.id));
  });

  it("link: GET /contacts/{id}/companies following pages.next", async () => {
    const { call } = fake();
    // About one user in ten also belongs to a second company.
    let id = "";
    for (let i = 0; i < 200 && !id; i++) {
      const cid = `64f1c0${i.toString(16).padStart(18, "0")}`;
      if ((await call(`/contacts/${cid}`)).json.companies.total_count === 2) id = cid;
    }
    expect(id).not.toBe("");
    const ids: string[] = [];
    let next: string | null = `/contacts/${id}/companies?per_page=1`;
    while (next) {
      const { json } = await call(next);
      ids.push(...json.data.map((c: { id: string }) => c.id));
      next = json.pages.next ? (json.pages.next as string).replace(BASE, "") : null;
    }
    expectEachOnce(ids, 2);
  });
});

describe("fake /companies/scroll", () => {
  afterEach(() => vi.useRealTimers());

  it("walks every company once and ends with empty data", async () => {
    const { call } = fake();
    const ids: string[] = [];
    let { json } = await call("/companies/scroll");
    while (json.data.length > 0) {
      ids.push(...json.data.map((c: { id: string }) => c.id));
      ({ json } = await call(`/companies/scroll?scroll_param=${json.scroll_param}`));
    }
    expect(json.pages).toBeNull();
    expectEachOnce(ids, 300);
    // The finished scroll is closed: a new one may start.
    expect((await call("/companies/scroll")).status).toBe(200);
  });

  it("allows one open scroll per workspace until it expires after a minute unused", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { call } = fake();
    const first = await call("/companies/scroll");
    const second = await call("/companies/scroll");
    expect(second.status).toBe(400);
    expect(second.json.errors[0].message).toBe("scroll already exists");
    vi.advanceTimersByTime(61_000);
    const stale = await call(`/companies/scroll?scroll_param=${first.json.scroll_param}`);
    expect(stale.status).toBe(404);
    expect((await call("/companies/scroll")).status).toBe(200);
  });
});

describe("fake contact lookups", () => {
  it("answers 404 User Not Found for an unknown contact and for its sub-resources", async () => {
    const { call } = fake();
    const unknown = "64f1c0ffffffffffffffffff";
    for (const path of [`/contacts/${unknown}`, `/contacts/${unknown}/tags`, `/contacts/${unknown}/notes`]) {
      const { status, json } = await call(path);
      expect(status).toBe(404);
      expect(json.errors[0].message).toBe("User Not Found");
    }
  });

  it("finds a contact by exact email and by email domain, and rejects date operators Intercom refuses", async () => {
    const { call } = fake();
    const c = (await call("/contacts/64f1c0000000000000000007")).json;
    const exact = await call("/contacts/search", { query: { field: "email", operator: "=", value: c.email.toUpperCase() } });
    expect(exact.json.data.map((x: { id: string }) => x.id)).toEqual([c.id]);
    const domain = await call("/contacts/search", { query: { field: "email_domain", operator: "=", value: c.email_domain }, pagination: { per_page: 150 } });
    expect(domain.json.total_count).toBeGreaterThan(1);
    for (const x of domain.json.data) expect(x.email.endsWith(`@${c.email_domain}`)).toBe(true);
    const bad = await call("/contacts/search", { query: { field: "created_at", operator: "<=", value: 1 } });
    expect(bad.status).toBe(400);
  });

  it("matches dates by day: created_at = that day finds the contact", async () => {
    const { call } = fake();
    const c = (await call("/contacts/64f1c0000000000000000003")).json;
    const sameDay = await call("/contacts/search", {
      query: {
        operator: "AND",
        value: [
          { field: "created_at", operator: "=", value: c.created_at - (c.created_at % 86_400) + 5 },
          { field: "id", operator: "=", value: c.id },
        ],
      },
    });
    expect(sameDay.json.total_count).toBe(1);
    const after = await call("/contacts/search", {
      query: {
        operator: "AND",
        value: [
          { field: "created_at", operator: ">", value: c.created_at },
          { field: "id", operator: "=", value: c.id },
        ],
      },
    });
    expect(after.json.total_count).toBe(0);
  });

  it("serves a note by id with its author and contact, and segments with counts", async () => {
    const { call } = fake();
    let noteUrl = "";
    for (let i = 0; i < 50 && !noteUrl; i++) {
      const c = (await call(`/contacts/64f1c0${i.toString(16).padStart(18, "0")}`)).json;
      if (c.notes.data.length) noteUrl = c.notes.data[0].url;
    }
    const note = (await call(noteUrl)).json;
    expect(note.type).toBe("note");
    expect(note.author.type).toBe("admin");
    expect(note.contact.id).toMatch(/^64f1c0/);
    expect((await call("/notes/2999999")).status).toBe(404);
    const segments = (await call("/segments?include_count=true")).json.segments;
    const leads = segments.find((s: { name: string }) => s.name === "All leads");
    const leadSearch = await call("/contacts/search", { query: { field: "role", operator: "=", value: "lead" }, pagination: { per_page: 1 } });
    expect(leads.count).toBe(leadSearch.json.total_count);
  });
});

describe("fake contact search on the large workspace", () => {
  it("pages on demand by cursor in the body, each match exactly once", async () => {
    const f = createFakeIntercom({ baseUrl: BASE, scale: "large" });
    const search = async (body: unknown) => (await f(new Request(`${BASE}/contacts/search`, { method: "POST", body: JSON.stringify(body) }))).json();
    const domain = "bluelabs.example.com";
    const ids: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await search({ query: { field: "email_domain", operator: "=", value: domain }, pagination: { per_page: 40, ...(after ? { starting_after: after } : {}) } });
      for (const c of page.data) expect(c.email.endsWith(`@${domain}`)).toBe(true);
      ids.push(...page.data.map((c: { id: string }) => c.id));
      after = page.pages.next?.starting_after;
      pages++;
    } while (after);
    let expected = 0;
    for (let i = 0; i < f.workspace.scale.contacts; i++) if (contactIdentity(f.workspace, i).email.endsWith(`@${domain}`)) expected++;
    expect(pages).toBeGreaterThan(1);
    expectEachOnce(ids, expected);
    // Scans the million-contact workspace: CPU-bound, so give a loaded machine room.
  }, 60_000);
});
