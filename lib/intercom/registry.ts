/**
 * Every Intercom 2.9 endpoint Lens may call: the 48 read-only GETs plus the two read-only searches.
 * This table is the proxy's allow-list and the fake workspace's route table.
 */

export type Pagination = "cursor" | "page" | "link" | "scroll" | "none";

export type QueryParam =
  { type: "int"; min: number; max: number } | { type: "unix" } | { type: "bool" } | { type: "enum"; values: readonly string[] } | { type: "string"; pattern: RegExp; maxLength: number };

export interface EndpointSpec {
  readonly method: "GET" | "POST";
  /** Path template with `{name}` placeholders, exactly as Intercom documents it. */
  readonly path: string;
  /** One strict pattern per path parameter. */
  readonly params?: Readonly<Record<string, RegExp>>;
  readonly query?: Readonly<Record<string, QueryParam>>;
  readonly required?: readonly string[];
  /** Each group: exactly one of these parameters must be present. */
  readonly exactlyOne?: readonly (readonly string[])[];
  /** Parameters that must carry this exact value. */
  readonly fixed?: Readonly<Record<string, string>>;
  readonly pagination: Pagination;
  /** Streams bytes instead of JSON (the content export download). */
  readonly binary?: boolean;
  /** POST body is an Intercom search request. */
  readonly search?: boolean;
  /** How long a response stays fresh in Lens's cache; lists default to the global TTL. */
  readonly ttlMs?: number;
  /**
   * Lens's server calls it, the browser may not: the proxy refuses it. The company scroll is one
   * open cursor per workspace; only the export walks it.
   */
  readonly serverOnly?: boolean;
}

/** Numeric ids: admins, teams, conversations, articles, notes, tags, tickets… */
const INT_ID = /^[0-9]{1,19}$/;
/** Intercom's 24-hex object ids: contacts, companies, segments, visitors. */
const HEX_ID = /^[0-9a-f]{24}$/;
/** Data-export job identifiers, e.g. `orzzsbd7hk67xyu`. */
const JOB_ID = /^[A-Za-z0-9]{1,64}$/;

const cursor = /^[A-Za-z0-9_\-=+/.]{1,512}$/;
const perPage = { type: "int", min: 1, max: 150 } as const;
const page = { type: "int", min: 1, max: 100_000 } as const;
const startingAfter = { type: "string", pattern: cursor, maxLength: 512 } as const;
const cursorQuery = { per_page: perPage, starting_after: startingAfter } as const;
const pageQuery = { page, per_page: perPage } as const;
const safeText = (maxLength: number) => ({ type: "string", pattern: /^[^\u0000-\u001f\u007f]*$/, maxLength }) as const;

export const ENDPOINTS = {
  // Admins and teams
  // The workspace's identity changes rarely and every page's header reads it.
  "me.get": { method: "GET", path: "/me", pagination: "none", ttlMs: 300_000 },
  "admins.list": { method: "GET", path: "/admins", query: { display_avatar: { type: "bool" } }, pagination: "none", ttlMs: 300_000 },
  "admins.get": { method: "GET", path: "/admins/{id}", params: { id: INT_ID }, pagination: "none" },
  "admins.activity_logs": {
    method: "GET",
    path: "/admins/activity_logs",
    query: { created_at_after: { type: "unix" }, created_at_before: { type: "unix" }, ...cursorQuery },
    required: ["created_at_after"],
    pagination: "cursor",
  },
  "teams.list": { method: "GET", path: "/teams", pagination: "none", ttlMs: 300_000 },
  "teams.get": { method: "GET", path: "/teams/{id}", params: { id: INT_ID }, pagination: "none" },

  // Contacts and what hangs off them
  "contacts.list": { method: "GET", path: "/contacts", query: { ...cursorQuery, page }, pagination: "cursor" },
  "contacts.get": { method: "GET", path: "/contacts/{id}", params: { id: HEX_ID }, pagination: "none" },
  "contacts.companies": { method: "GET", path: "/contacts/{id}/companies", params: { id: HEX_ID }, query: pageQuery, pagination: "link" },
  "contacts.segments": { method: "GET", path: "/contacts/{id}/segments", params: { id: HEX_ID }, pagination: "none" },
  "contacts.subscriptions": { method: "GET", path: "/contacts/{id}/subscriptions", params: { id: HEX_ID }, pagination: "none" },
  "contacts.tags": { method: "GET", path: "/contacts/{id}/tags", params: { id: HEX_ID }, pagination: "none" },
  "contacts.notes": { method: "GET", path: "/contacts/{id}/notes", params: { id: HEX_ID }, query: { ...cursorQuery, page }, pagination: "cursor" },
  "contacts.search": { method: "POST", path: "/contacts/search", search: true, pagination: "cursor" },
  "notes.get": { method: "GET", path: "/notes/{id}", params: { id: INT_ID }, pagination: "none" },
  "events.list": {
    method: "GET",
    path: "/events",
    query: {
      type: { type: "enum", values: ["user"] },
      user_id: safeText(255),
      intercom_user_id: { type: "string", pattern: HEX_ID, maxLength: 24 },
      email: safeText(255),
      summary: { type: "bool" },
      per_page: perPage,
      page,
    },
    required: ["type"],
    fixed: { type: "user" },
    exactlyOne: [["user_id", "intercom_user_id", "email"]],
    pagination: "link",
  },
  "visitors.find": { method: "GET", path: "/visitors", query: { user_id: safeText(255) }, required: ["user_id"], pagination: "none" },
  "visitors.get": { method: "GET", path: "/visitors/{id}", params: { id: HEX_ID }, pagination: "none" },
  "data_attributes.list": {
    method: "GET",
    path: "/data_attributes",
    query: { model: { type: "enum", values: ["contact", "company", "conversation"] }, include_archived: { type: "bool" } },
    pagination: "none",
    ttlMs: 300_000,
  },
  "subscription_types.list": { method: "GET", path: "/subscription_types", pagination: "none", ttlMs: 300_000 },

  // Companies, segments, tags
  "companies.list": {
    method: "GET",
    path: "/companies",
    query: {
      name: safeText(255),
      company_id: safeText(255),
      tag_id: { type: "string", pattern: INT_ID, maxLength: 19 },
      segment_id: { type: "string", pattern: HEX_ID, maxLength: 24 },
      ...pageQuery,
    },
    pagination: "page",
  },
  "companies.scroll": { method: "GET", path: "/companies/scroll", query: { scroll_param: { type: "string", pattern: cursor, maxLength: 512 } }, pagination: "scroll", ttlMs: 0, serverOnly: true },
  "companies.get": { method: "GET", path: "/companies/{id}", params: { id: HEX_ID }, pagination: "none" },
  "companies.segments": { method: "GET", path: "/companies/{id}/segments", params: { id: HEX_ID }, pagination: "none" },
  "companies.contacts": { method: "GET", path: "/companies/{id}/contacts", params: { id: HEX_ID }, query: { ...cursorQuery, page }, pagination: "cursor" },
  "segments.list": { method: "GET", path: "/segments", query: { include_count: { type: "bool" } }, pagination: "none" },
  "segments.get": { method: "GET", path: "/segments/{id}", params: { id: HEX_ID }, query: { include_count: { type: "bool" } }, pagination: "none" },
  "tags.list": { method: "GET", path: "/tags", pagination: "none" },
  "tags.get": { method: "GET", path: "/tags/{id}", params: { id: INT_ID }, pagination: "none" },

  // Conversations and tickets
  "conversations.list": { method: "GET", path: "/conversations", query: cursorQuery, pagination: "cursor" },
  "conversations.get": {
    method: "GET",
    path: "/conversations/{id}",
    params: { id: INT_ID },
    query: { display_as: { type: "enum", values: ["plaintext"] } },
    pagination: "none",
  },
  "conversations.search": { method: "POST", path: "/conversations/search", search: true, pagination: "cursor" },
  "tickets.get": { method: "GET", path: "/tickets/{id}", params: { id: INT_ID }, pagination: "none" },
  "ticket_types.list": { method: "GET", path: "/ticket_types", pagination: "none", ttlMs: 300_000 },
  "ticket_types.get": { method: "GET", path: "/ticket_types/{id}", params: { id: INT_ID }, pagination: "none", ttlMs: 300_000 },

  // Help center, articles, news
  "help_centers.list": { method: "GET", path: "/help_center/help_centers", query: pageQuery, pagination: "page", ttlMs: 600_000 },
  "help_centers.get": { method: "GET", path: "/help_center/help_centers/{id}", params: { id: INT_ID }, pagination: "none", ttlMs: 600_000 },
  "collections.list": { method: "GET", path: "/help_center/collections", query: pageQuery, pagination: "page" },
  "collections.get": { method: "GET", path: "/help_center/collections/{id}", params: { id: INT_ID }, pagination: "none" },
  "sections.list": { method: "GET", path: "/help_center/sections", query: pageQuery, pagination: "page" },
  "sections.get": { method: "GET", path: "/help_center/sections/{id}", params: { id: INT_ID }, pagination: "none" },
  "articles.list": { method: "GET", path: "/articles", query: pageQuery, pagination: "page" },
  "articles.get": { method: "GET", path: "/articles/{id}", params: { id: INT_ID }, pagination: "none" },
  "news_items.list": { method: "GET", path: "/news/news_items", query: pageQuery, pagination: "page" },
  "news_items.get": { method: "GET", path: "/news/news_items/{id}", params: { id: INT_ID }, pagination: "none" },
  "newsfeeds.list": { method: "GET", path: "/news/newsfeeds", query: pageQuery, pagination: "page" },
  "newsfeeds.get": { method: "GET", path: "/news/newsfeeds/{id}", params: { id: INT_ID }, pagination: "none" },
  "newsfeeds.items": { method: "GET", path: "/news/newsfeeds/{id}/items", params: { id: INT_ID }, query: pageQuery, pagination: "page" },

  // Content data exports
  "exports.get": { method: "GET", path: "/export/content/data/{job_identifier}", params: { job_identifier: JOB_ID }, pagination: "none", ttlMs: 0 },
  "exports.download": {
    method: "GET",
    path: "/download/content/data/{job_identifier}",
    params: { job_identifier: JOB_ID },
    pagination: "none",
    binary: true,
    ttlMs: 0,
  },
} as const satisfies Record<string, EndpointSpec>;

export type EndpointId = keyof typeof ENDPOINTS;

export const ENDPOINT_IDS = Object.keys(ENDPOINTS) as EndpointId[];

export function endpoint(id: EndpointId): EndpointSpec {
  return ENDPOINTS[id];
}
