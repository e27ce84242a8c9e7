import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { IntercomClient, IntercomError } from "intercom-client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { EXPORT_JOBS } from "@/lib/fake/workspace/exports";
import { numericId } from "@/lib/fake/workspace/ids";

/**
 * Intercom's official Node SDK, pointed at Lens's mirror in demo mode, calls every 2.9 GET it offers
 * and walks every list it paginates to the end. Lens runs in this process: a plain HTTP server hands
 * each request to the mirror's route handler, as `next start` would.
 */

vi.stubEnv("INTERCOM_ACCESS_TOKEN", "");
vi.stubEnv("LENS_PUBLIC_URL", "");
vi.stubEnv("LENS_RATE_LIMIT_PER_SECOND", "0");
const route = await import("./route");

type Handler = (request: Request) => Promise<Response>;

async function toLens(req: IncomingMessage, res: ServerResponse, base: string): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const method = req.method ?? "GET";
  const handler = (route as unknown as Record<string, Handler>)[method];
  const request = new Request(`${base}${req.url}`, { method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
  const response = await handler!(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

let server: Server;
let client: IntercomClient;
const seen: { method: string; path: string; status: number }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.on("finish", () => seen.push({ method: req.method ?? "", path: (req.url ?? "").replace("/api/intercom", "").split("?")[0]!, status: res.statusCode }));
    toLens(req, res, base).catch((e) => {
      res.writeHead(599);
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  client = new IntercomClient({ token: "not-used-in-demo-mode", baseUrl: `http://127.0.0.1:${port}/api/intercom`, maxRetries: 0 });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Every item of an SDK pager, following its own paging to the end. */
async function walk<T>(pager: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of pager) items.push(item);
  return items;
}

const ids = <T extends { id?: string | number | null }>(items: T[]) => items.map((i) => String(i.id));

describe("the official SDK through Lens", () => {
  it("walks every paginated 2.9 list to the end, each item once", async () => {
    const contacts = await walk(await client.contacts.list({ per_page: 150 }));
    const conversations = await walk(await client.conversations.list({ per_page: 150 }));
    const articles = await walk(await client.articles.list({ per_page: 50 }));
    const helpCenters = await walk(await client.helpCenters.list());
    const collections = await walk(await client.helpCenters.collections.list({ per_page: 10 }));
    for (const [name, items, total] of [
      ["contacts", contacts, (await client.contacts.list({ per_page: 1 })).response.total_count],
      ["conversations", conversations, (await client.conversations.list({ per_page: 1 })).response.total_count],
      ["articles", articles, (await client.articles.list({ per_page: 1 })).response.total_count],
      ["collections", collections, (await client.helpCenters.collections.list({ per_page: 1 })).response.total_count],
    ] as const) {
      expect(items.length, name).toBe(total);
      expect(new Set(ids(items as { id: string }[])).size, name).toBe(items.length);
    }
    expect(helpCenters.length).toBeGreaterThan(0);

    const contact = contacts[0]!;
    // Intercom 2.9 answers this list under `data` (its own example), where the SDK's pager looks for
    // `companies`: the walk ends after the first page, without an error.
    await walk(await client.contacts.listAttachedCompanies({ contact_id: contact.id!, per_page: 1 }));
    const notes = await walk(await client.notes.list({ contact_id: contact.id!, per_page: 2 }));
    expect(notes.every((n) => n.type === "note")).toBe(true);
    expect(seen.filter((s) => s.status >= 400)).toEqual([]);
  });

  it("reads every other 2.9 GET the SDK offers", async () => {
    const me = await client.admins.identify();
    expect(me?.type).toBe("admin");
    const admins = await client.admins.list();
    const adminId = Number(admins.admins![0]!.id);
    expect((await client.admins.find({ admin_id: adminId }))?.id).toBe(String(adminId));
    const logs = await client.admins.listAllActivityLogs({ created_at_after: String(Math.floor(Date.now() / 1000) - 30 * 86_400) });
    expect(logs.type).toBe("activity_log.list");

    const teams = await client.teams.list();
    await client.teams.find({ team_id: teams.teams![0]!.id! });
    const tags = await client.tags.list();
    await client.tags.find({ tag_id: tags.data![0]!.id });
    const segments = await client.segments.list({ include_count: true });
    await client.segments.find({ segment_id: segments.segments![0]!.id! });
    const ticketTypes = await client.ticketTypes.list();
    await client.ticketTypes.get({ ticket_type_id: ticketTypes.data![0]!.id! });
    expect((await client.tickets.get({ ticket_id: numericId("ticket", 0) }))?.id).toBe(numericId("ticket", 0));
    await client.subscriptionTypes.list();
    await client.dataAttributes.list({ model: "company", include_archived: true });

    const contact = (await client.contacts.list({ per_page: 1 })).data[0]!;
    await client.contacts.find({ contact_id: contact.id! });
    await client.contacts.listAttachedSegments({ contact_id: contact.id! });
    await client.contacts.listAttachedSubscriptions({ contact_id: contact.id! });
    await client.contacts.listAttachedTags({ contact_id: contact.id! });
    await client.events.list({ type: "user", intercom_user_id: contact.id!, per_page: 5 });

    const company = (await client.companies.retrieve({ per_page: 1 })) as { data?: { id: string }[] };
    const companyId = company.data![0]!.id;
    await client.companies.find({ company_id: companyId });
    await client.companies.listAttachedContacts({ company_id: companyId });
    await client.companies.listAttachedSegments({ company_id: companyId });

    const conversation = (await client.conversations.list({ per_page: 1 })).data[0]!;
    await client.conversations.find({ conversation_id: conversation.id!, display_as: "plaintext" });
    const note = (await client.notes.list({ contact_id: contact.id!, per_page: 1 })).data[0];
    if (note) await client.notes.find({ note_id: Number(note.id) });

    const article = (await client.articles.list({ per_page: 1 })).data[0]!;
    await client.articles.find({ article_id: Number(article.id) });
    const helpCenter = (await client.helpCenters.list()).data[0]!;
    await client.helpCenters.find({ help_center_id: Number(helpCenter.id) });
    const collection = (await client.helpCenters.collections.list({ per_page: 1 })).data[0]!;
    await client.helpCenters.collections.find({ collection_id: Number(collection.id) });

    const items = await client.news.items.list();
    await client.news.items.find({ news_item_id: Number((items.data![0] as { id: string }).id) });
    const feeds = await client.news.feeds.list();
    const feedId = String((feeds.data![0] as { id: string }).id);
    await client.news.feeds.find({ newsfeed_id: feedId });
    await client.news.feeds.listItems({ newsfeed_id: feedId });

    const visitor = await fetch(`${(client as unknown as { _options: { baseUrl: string } })._options.baseUrl}/visitors/64f1c3000000000000000005`).then((r) => r.json() as Promise<{ user_id: string }>);
    expect((await client.visitors.find({ user_id: visitor.user_id }))?.user_id).toBe(visitor.user_id);
    expect((await client.dataExport.find({ job_identifier: EXPORT_JOBS.completed })).job_identifier).toBe(EXPORT_JOBS.completed);

    expect(seen.filter((s) => s.status >= 400)).toEqual([]);
  });

  it("answers writes and newer-version paths with a message that says Lens serves only 2.9 reads", async () => {
    const refusal = async (call: () => Promise<unknown>) => {
      const e = await call().then(
        () => null,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(IntercomError);
      return e as IntercomError;
    };
    const newer = await refusal(() => client.companies.list());
    expect(newer.statusCode).toBe(404);
    expect(JSON.stringify(newer.body)).toMatch(/not an Intercom 2\.9 read/);
    const write = await refusal(() => client.tags.create({ name: "x" }));
    expect(write.statusCode).toBe(405);
    expect(JSON.stringify(write.body)).toMatch(/read-only/);
    const external = await refusal(() => client.contacts.showContactByExternalId({ external_id: "abc" }));
    expect(external.statusCode).toBe(404);
    expect(JSON.stringify(external.body)).not.toMatch(/not a valid Intercom id/);
  });
});
