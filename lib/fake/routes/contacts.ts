import { isSearchGroup, type SearchFilter, type SearchQuery } from "@/lib/intercom/search-body";
import { cursorPage, decodeCursor, encodeCursor, lazySeq, linkPage, pagePage, seq, type Sequence } from "../paginate";
import { intercomError, notFound, ok, type FakeHandler } from "../respond";
import { matchesQuery } from "../search";
import { allAdmins } from "../workspace/admins";
import { companyCore, companyMemberIndexes, PLAN_IDS, type CompanyCore } from "../workspace/companies";
import { contactAt, contactIndexByEmail, contactIndexByExternalId, contactIndexOf, contactScalars, type ContactScalars, type FakeContact } from "../workspace/contacts";
import { DAY, type FakeWorkspace } from "../workspace/context";
import { allDataAttributes } from "../workspace/data-attributes";
import { contactEvents } from "../workspace/events";
import { hexIndex } from "../workspace/ids";
import { contactNotes, noteById, type FakeNote } from "../workspace/notes";
import { companyIdentity, contactIdentity } from "../workspace/people";
import { allSegments, companySegmentIds, contactSegmentIds, segmentCounts, segmentIndexOf } from "../workspace/segments";
import { allSubscriptionTypes, contactSubscriptions } from "../workspace/subscriptions";
import { allTags } from "../workspace/tags";
import { visitorAt, visitorIndexById, visitorIndexByUserId, type FakeVisitor } from "../workspace/visitors";

/** The fake's customer endpoints: contacts and everything hanging off them, companies, segments, tags, visitors. */

const APP_ID = "nw5upp0rt";
const userNotFound = () => notFound("not_found", "User Not Found");
const companyNotFound = () => notFound("company_not_found", "Company Not Found");

// ---------- Intercom JSON shapes ----------

function embeddedList(url: string, items: { type: string; id: string; url: string }[]) {
  return { type: "list", data: items.slice(0, 10), url, total_count: items.length, has_more: items.length > 10 };
}

function contactJson(c: FakeContact) {
  const base = `/contacts/${c.id}`;
  const device = (prefix: "ios" | "android", d: FakeContact["ios"]) => ({
    [`${prefix}_app_name`]: d?.app_name ?? null,
    [`${prefix}_app_version`]: d?.app_version ?? null,
    [`${prefix}_device`]: d?.device ?? null,
    [`${prefix}_os_version`]: d?.os_version ?? null,
    [`${prefix}_sdk_version`]: d?.sdk_version ?? null,
    [`${prefix}_last_seen_at`]: d?.last_seen_at ?? null,
  });
  return {
    type: "contact",
    id: c.id,
    workspace_id: APP_ID,
    external_id: c.external_id,
    role: c.role,
    email: c.email,
    email_domain: c.email_domain,
    phone: c.phone,
    name: c.name,
    avatar: null,
    owner_id: c.owner_id,
    social_profiles: { type: "list", data: [] },
    has_hard_bounced: c.has_hard_bounced,
    marked_email_as_spam: c.marked_email_as_spam,
    unsubscribed_from_emails: c.unsubscribed_from_emails,
    created_at: c.created_at,
    updated_at: c.updated_at,
    signed_up_at: c.signed_up_at,
    last_seen_at: c.last_seen_at,
    last_replied_at: c.last_replied_at,
    last_contacted_at: c.last_contacted_at,
    last_email_opened_at: c.last_email_opened_at,
    last_email_clicked_at: c.last_email_clicked_at,
    language_override: c.language_override,
    browser: c.browser,
    browser_version: c.browser_version,
    browser_language: c.browser_language,
    os: c.os,
    location: { type: "location", country: c.location?.country ?? null, region: c.location?.region ?? null, city: c.location?.city ?? null, country_code: c.location?.country_code ?? null, continent_code: c.location?.continent_code ?? null },
    ...device("android", c.android),
    ...device("ios", c.ios),
    custom_attributes: c.custom_attributes,
    tags: embeddedList(`${base}/tags`, c.tags.map((t) => ({ type: "tag", id: t.id, url: `/tags/${t.id}` }))),
    notes: embeddedList(`${base}/notes`, c.noteIds.map((id) => ({ type: "note", id, url: `/notes/${id}` }))),
    companies: embeddedList(`${base}/companies`, c.companyIds.map((id) => ({ type: "company", id, url: `/companies/${id}` }))),
    opted_out_subscription_types: embeddedList(`${base}/subscriptions`, c.subscriptionIds.out.map((id) => ({ type: "subscription", id, url: `/subscriptions/${id}` }))),
    opted_in_subscription_types: embeddedList(`${base}/subscriptions`, c.subscriptionIds.in.map((id) => ({ type: "subscription", id, url: `/subscriptions/${id}` }))),
    utm_campaign: null,
    utm_content: null,
    utm_medium: c.utm_source ? "cpc" : null,
    utm_source: c.utm_source,
    utm_term: null,
    referrer: c.referrer,
  };
}

function segmentsById(ws: FakeWorkspace) {
  return ws.memo("segments-by-id", () => new Map(allSegments(ws).map((s) => [s.id, s])));
}

function companyJson(ws: FakeWorkspace, core: CompanyCore) {
  const segments = segmentsById(ws);
  return {
    type: "company",
    company_id: core.company_id,
    id: core.id,
    app_id: APP_ID,
    name: core.name,
    remote_created_at: core.created_at,
    created_at: core.created_at,
    updated_at: core.updated_at,
    last_request_at: core.last_request_at,
    monthly_spend: core.monthly_spend,
    session_count: core.session_count,
    user_count: companyMemberIndexes(ws, core.index).length,
    size: core.size,
    website: `https://www.${core.domain}`,
    industry: core.industry,
    tags: { type: "tag.list", tags: core.tags.map((t) => ({ type: "tag", id: t.id, name: t.name })) },
    segments: { type: "segment.list", segments: companySegmentIds(core).map((id) => segments.get(id)!) },
    plan: { type: "plan", id: PLAN_IDS[core.plan], name: core.plan },
    custom_attributes: core.custom_attributes,
  };
}

function adminJson(ws: FakeWorkspace, index: number) {
  const a = allAdmins(ws)[index]!;
  return { type: "admin", id: a.id, name: a.name, email: a.email, away_mode_enabled: a.away_mode_enabled, away_mode_reassign: a.away_mode_reassign };
}

function noteJson(ws: FakeWorkspace, n: FakeNote) {
  return { type: "note", id: n.id, created_at: n.created_at, contact: { type: "contact", id: contactIdentity(ws, n.contactIndex).id }, author: adminJson(ws, n.authorIndex), body: n.body };
}

function visitorJson(v: FakeVisitor) {
  return {
    type: "visitor",
    id: v.id,
    user_id: v.user_id,
    anonymous: v.email === "",
    email: v.email,
    phone: null,
    name: v.name,
    pseudonym: v.pseudonym,
    avatar: { type: "avatar", image_url: null },
    app_id: APP_ID,
    companies: { type: "company.list", companies: [] },
    location_data: {
      type: "location_data",
      city_name: v.location.city,
      continent_code: null,
      country_code: null,
      country_name: v.location.country,
      postal_code: v.location.postal_code,
      region_name: v.location.region,
      timezone: v.location.timezone,
    },
    last_request_at: v.last_request_at,
    created_at: v.created_at,
    remote_created_at: v.created_at,
    signed_up_at: v.created_at,
    updated_at: v.updated_at,
    session_count: v.session_count,
    social_profiles: { type: "social_profile.list", social_profiles: [] },
    owner_id: null,
    unsubscribed_from_emails: v.unsubscribed_from_emails,
    marked_email_as_spam: false,
    has_hard_bounced: false,
    tags: { type: "tag.list", tags: v.tags.map((t) => ({ type: "tag", id: t.id, name: t.name })) },
    segments: { type: "segment.list", segments: [] },
    custom_attributes: {},
    referrer: v.referrer,
    utm_campaign: null,
    utm_content: null,
    utm_medium: null,
    utm_source: v.utm_source,
    utm_term: null,
    do_not_track: null,
  };
}

function list(data: unknown[]) {
  return { type: "list", data };
}

// ---------- contact search ----------

const DATE_FIELDS = new Set([
  "created_at", "signed_up_at", "updated_at", "last_seen_at", "last_contacted_at", "last_replied_at", "last_email_opened_at", "last_email_clicked_at",
  "ios_last_seen_at", "android_last_seen_at", "custom_attributes.trial_ends_at",
]);
const IDENTITY_FIELDS = new Set(["id", "role", "name", "email", "email_domain", "external_id"]);
const RECORD_FIELDS = new Set([
  "avatar", "owner_id", "phone", "language_override", "browser", "browser_language", "os", "location.country", "location.region", "location.city",
  "unsubscribed_from_emails", "marked_email_as_spam", "has_hard_bounced", "segment_id", "tag_id",
  "ios_app_version", "ios_device", "ios_app_device", "ios_os_version", "ios_app_name", "ios_sdk_version", "android_app_version", "android_device", "android_app_name", "andoid_sdk_version", "android_sdk_version",
]);

/** Intercom matches dates by calendar day (UTC here; Intercom uses the workspace's time zone). */
const dayOf = (unix: number) => Math.floor(unix / DAY) * DAY;

function checkFilter(f: SearchFilter): string | null {
  const known = IDENTITY_FIELDS.has(f.field) || RECORD_FIELDS.has(f.field) || DATE_FIELDS.has(f.field) || /^custom_attributes\.[A-Za-z0-9_]+$/.test(f.field);
  if (!known) return `${f.field} is not a searchable contact field`;
  if (DATE_FIELDS.has(f.field)) {
    if (!["=", ">", "<"].includes(f.operator)) return `The ${f.operator} operator is not supported on date field ${f.field}`;
    if (!Number.isFinite(Number(f.value)) || f.value === null || typeof f.value === "boolean") return `${f.field} takes a UNIX timestamp`;
  }
  if (f.field === "tag_id" && f.operator !== "=" && f.operator !== "!=") return "tag_id supports only the = and != operators";
  return null;
}

function checkQuery(q: SearchQuery): string | null {
  if (isSearchGroup(q)) {
    for (const sub of q.value) {
      const problem = checkQuery(sub);
      if (problem) return problem;
    }
    return null;
  }
  return checkFilter(q);
}

/** Date values truncated to the day, so `>`/`<`/`=` compare days as Intercom does. */
function dayQuery(q: SearchQuery): SearchQuery {
  if (isSearchGroup(q)) return { operator: q.operator, value: q.value.map(dayQuery) };
  return DATE_FIELDS.has(q.field) && q.value !== null ? { ...q, value: dayOf(Number(q.value)) } : q;
}

function contactField(ws: FakeWorkspace, index: number, field: string, full: () => ContactScalars): unknown {
  if (IDENTITY_FIELDS.has(field)) {
    const identity = contactIdentity(ws, index);
    if (field === "email_domain") return identity.email.slice(identity.email.indexOf("@") + 1);
    return identity[field as "id" | "role" | "name" | "email" | "external_id"];
  }
  const c = full();
  if (DATE_FIELDS.has(field)) {
    const raw =
      field === "ios_last_seen_at" ? c.ios?.last_seen_at : field === "android_last_seen_at" ? c.android?.last_seen_at : field.startsWith("custom_attributes.") ? c.custom_attributes[field.slice(18)] : c[field as "created_at"];
    return typeof raw === "number" ? dayOf(raw) : null;
  }
  if (field === "tag_id") return c.tags.map((t) => t.id);
  if (field === "segment_id") return contactSegmentIds(ws, c);
  if (field === "avatar") return null;
  if (field.startsWith("location.")) return c.location?.[field.slice(9) as "city"] ?? null;
  if (field.startsWith("custom_attributes.")) return c.custom_attributes[field.slice(18)] ?? null;
  const device = /^(ios|andr?oid)_(.+)$/.exec(field);
  if (device) {
    const d = device[1] === "ios" ? c.ios : c.android;
    const key = device[2] === "app_device" ? "device" : device[2]!;
    return d ? (d as Record<string, unknown>)[key] ?? null : null;
  }
  return c[field as keyof ContactScalars] ?? null;
}

/** An exact id / email / external_id filter narrows the scan to one candidate. */
function candidateIndexes(ws: FakeWorkspace, q: SearchQuery): number[] | null {
  const filters = isSearchGroup(q) ? (q.operator === "AND" ? q.value.filter((v): v is SearchFilter => !isSearchGroup(v)) : []) : [q];
  for (const f of filters) {
    if (f.operator !== "=" || typeof f.value !== "string") continue;
    const index =
      f.field === "id" ? contactIndexOf(ws, f.value) : f.field === "email" ? contactIndexByEmail(ws, f.value) : f.field === "external_id" ? contactIndexByExternalId(ws, f.value) : undefined;
    if (index !== undefined) return index === null ? [] : [index];
  }
  return null;
}

function contactMatcher(ws: FakeWorkspace, query: SearchQuery): (i: number) => boolean {
  return (i) => {
    let scalars: ContactScalars | undefined;
    return matchesQuery(query, (field) => contactField(ws, i, field, () => (scalars ??= contactScalars(ws, i))));
  };
}

/** Every match, in order: exact, for the default workspace and for exact id/email/external_id lookups. */
function allMatches(ws: FakeWorkspace, query: SearchQuery, candidates: number[] | null): Int32Array {
  const key = JSON.stringify(query);
  const last = ws.state.get("contacts-search-last") as { key: string; matches: Int32Array } | undefined;
  if (last?.key === key) return last.matches;
  const test = contactMatcher(ws, query);
  const matches: number[] = [];
  if (candidates) {
    for (const i of candidates) if (test(i)) matches.push(i);
  } else {
    for (let i = 0; i < ws.scale.contacts; i++) if (test(i)) matches.push(i);
  }
  const result = Int32Array.from(matches);
  ws.state.set("contacts-search-last", { key, matches: result });
  return result;
}

/** Above this many contacts a search pages by scanning on demand instead of matching everything. */
const EXACT_SEARCH_LIMIT = 50_000;
const ESTIMATE_SAMPLE = 10_000;

/**
 * The large workspace: a page scans forward from its cursor (the raw position to resume at) until it
 * has a page and knows whether another follows; total_count is estimated from a fixed stride sample.
 */
function streamedSearch(ws: FakeWorkspace, query: SearchQuery, perPage: number, startingAfter: string | undefined) {
  const test = contactMatcher(ws, query);
  const n = ws.scale.contacts;
  const key = `contacts-search-estimate:${JSON.stringify(query)}`;
  let total = ws.state.get(key) as number | undefined;
  if (total === undefined) {
    const stride = Math.floor(n / ESTIMATE_SAMPLE);
    let hits = 0;
    for (let i = 0; i < n; i += stride) if (test(i)) hits++;
    total = hits * stride;
    ws.state.set(key, total);
  }
  const from = decodeCursor(startingAfter) ?? 0;
  const found: number[] = [];
  let i = from;
  for (; i < n && found.length <= perPage; i++) if (test(i)) found.push(i);
  const items = found.slice(0, perPage);
  const next = found.length > perPage ? found[perPage]! : null;
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    data: items.map((k) => contactJson(contactAt(ws, k))),
    total_count: Math.max(total, items.length),
    pages: {
      type: "pages" as const,
      ...(next !== null ? { next: { per_page: perPage, starting_after: encodeCursor(next) } } : {}),
      page: Math.min(totalPages, Math.floor((from / n) * totalPages) + 1),
      per_page: perPage,
      total_pages: totalPages,
    },
  };
}

// ---------- companies ----------

function companiesWhere(ws: FakeWorkspace, key: string, test: (c: CompanyCore) => boolean): number[] {
  return ws.memo(`companies-where:${key}`, () => {
    const out: number[] = [];
    for (let j = 0; j < ws.scale.companies; j++) if (test(companyCore(ws, j))) out.push(j);
    return out;
  });
}

function findCompanyIndex(ws: FakeWorkspace, query: Record<string, string>): number | null {
  if (query.company_id !== undefined) {
    const m = /^cmp_(\d{5,})$/.exec(query.company_id);
    const j = m ? Number(m[1]) - 1 : -1;
    return j >= 0 && j < ws.scale.companies ? j : null;
  }
  const wanted = (query.name ?? "").trim().toLowerCase();
  const byName = ws.memo("companies-by-name", () => {
    const map = new Map<string, number>();
    for (let j = 0; j < ws.scale.companies; j++) map.set(companyIdentity(ws, j).name.toLowerCase(), j);
    return map;
  });
  return byName.get(wanted) ?? null;
}

const SCROLL_KEY = "companies-scroll";
const SCROLL_TTL_MS = 60_000;
const SCROLL_PAGE = 50;

interface OpenScroll {
  param: string;
  offset: number;
  lastUsed: number;
}

function liveScroll(ws: FakeWorkspace): OpenScroll | null {
  const open = ws.state.get(SCROLL_KEY) as OpenScroll | undefined;
  if (!open) return null;
  if (Date.now() - open.lastUsed > SCROLL_TTL_MS) {
    ws.state.delete(SCROLL_KEY);
    return null;
  }
  return open;
}

// ---------- events ----------

function iso(unix: number): string {
  return new Date(unix * 1000).toISOString().replace("Z", "+00:00");
}

function eventsContactIndex(ws: FakeWorkspace, query: Record<string, string>): number | null {
  if (query.intercom_user_id) return contactIndexOf(ws, query.intercom_user_id);
  if (query.user_id) return contactIndexByExternalId(ws, query.user_id);
  if (query.email) return contactIndexByEmail(ws, query.email);
  return null;
}

function withQuery(ws: FakeWorkspace, path: string, query: Record<string, string>, page: number): string {
  const qs = new URLSearchParams({ ...query, page: String(page) });
  return `${ws.baseUrl}${path}?${qs.toString()}`;
}

function contactIndexParam(ws: FakeWorkspace, params: Record<string, string>): number | null {
  return contactIndexOf(ws, params.id ?? "");
}

function contactsSeq(ws: FakeWorkspace, indexes: ArrayLike<number>): Sequence<ReturnType<typeof contactJson>> {
  return lazySeq(indexes.length, (k) => contactJson(contactAt(ws, indexes[k]!)));
}

export const contactRoutes = {
  "contacts.list": ({ ws, query }) => {
    const page = cursorPage(
      lazySeq(ws.scale.contacts, (i) => contactJson(contactAt(ws, i))),
      { perPage: query.per_page, startingAfter: query.starting_after, defaultPerPage: 50 },
    );
    return ok({ type: "list", data: page.items, total_count: page.total_count, pages: page.pages });
  },
  "contacts.get": ({ ws, params }) => {
    const i = contactIndexParam(ws, params);
    return i === null ? userNotFound() : ok(contactJson(contactAt(ws, i)));
  },
  "contacts.companies": ({ ws, params, query }) => {
    const i = contactIndexParam(ws, params);
    if (i === null) return userNotFound();
    const companies = contactAt(ws, i).companyIds.map((id) => companyJson(ws, companyCore(ws, hexIndex("company", id, ws.scale.companies)!)));
    const path = `/contacts/${params.id}/companies`;
    const page = linkPage(seq(companies), query, 50, (n) => withQuery(ws, path, query, n));
    return ok({ type: "list", data: page.items, pages: page.pages, total_count: page.total_count });
  },
  "contacts.segments": ({ ws, params }) => {
    const i = contactIndexParam(ws, params);
    if (i === null) return userNotFound();
    const byId = segmentsById(ws);
    return ok(list(contactSegmentIds(ws, contactAt(ws, i)).map((id) => byId.get(id))));
  },
  "contacts.subscriptions": ({ ws, params }) => {
    const i = contactIndexParam(ws, params);
    return i === null ? userNotFound() : ok(list(contactSubscriptions(ws, i)));
  },
  "contacts.tags": ({ ws, params }) => {
    const i = contactIndexParam(ws, params);
    return i === null ? userNotFound() : ok(list(contactAt(ws, i).tags.map((t) => ({ type: "tag", ...t }))));
  },
  "contacts.notes": ({ ws, params, query }) => {
    const i = contactIndexParam(ws, params);
    if (i === null) return userNotFound();
    const notes = contactNotes(ws, i).map((n) => noteJson(ws, n));
    const perPage = Number(query.per_page) || 50;
    const startingAfter = query.starting_after ?? (query.page ? encodeCursor((Number(query.page) - 1) * perPage) : undefined);
    const page = cursorPage(seq(notes), { perPage, startingAfter, defaultPerPage: 50 });
    return ok({ type: "list", data: page.items, total_count: page.total_count, pages: page.pages });
  },
  "contacts.search": ({ ws, body }) => {
    if (!body) return intercomError(400, "parameter_invalid", "A search needs a query.");
    const problem = checkQuery(body.query);
    if (problem) return intercomError(400, "parameter_invalid", problem);
    const query = dayQuery(body.query);
    const perPage = body.pagination?.per_page ?? 50;
    const startingAfter = body.pagination?.starting_after;
    const candidates = candidateIndexes(ws, query);
    if (candidates === null && ws.scale.contacts > EXACT_SEARCH_LIMIT) return ok({ type: "list", ...streamedSearch(ws, query, perPage, startingAfter) });
    const page = cursorPage(contactsSeq(ws, allMatches(ws, query, candidates)), { perPage, startingAfter, defaultPerPage: 50 });
    return ok({ type: "list", data: page.items, total_count: page.total_count, pages: page.pages });
  },
  "notes.get": ({ ws, params }) => {
    const note = noteById(ws, params.id ?? "");
    return note ? ok(noteJson(ws, note)) : notFound("not_found", "Resource Not Found");
  },
  "events.list": ({ ws, query }) => {
    const i = eventsContactIndex(ws, query);
    if (i === null) return userNotFound();
    const identity = contactIdentity(ws, i);
    const events = contactEvents(ws, i);
    const who = { email: identity.email, intercom_user_id: identity.id, user_id: identity.external_id };
    const next = (n: number) => withQuery(ws, "/events", query, n);
    if (query.summary === "true") {
      const byName = new Map<string, { name: string; first: number; last: number; count: number; description: string }>();
      for (const e of events) {
        const s = byName.get(e.event_name) ?? { name: e.event_name, first: e.created_at, last: e.created_at, count: 0, description: e.description };
        s.first = Math.min(s.first, e.created_at);
        s.last = Math.max(s.last, e.created_at);
        s.count++;
        byName.set(e.event_name, s);
      }
      const summaries = [...byName.values()].sort((a, b) => b.last - a.last).map((s) => ({ ...s, first: iso(s.first), last: iso(s.last) }));
      const page = linkPage(seq(summaries), query, 50, next);
      return ok({ type: "event.summary", events: page.items, pages: page.pages, ...who });
    }
    const page = linkPage(
      seq(events.map((e) => ({ type: "event", id: e.id, event_name: e.event_name, created_at: e.created_at, metadata: e.metadata, ...who }))),
      query,
      50,
      next,
    );
    return ok({ type: "event.list", events: page.items, pages: page.pages });
  },
  "visitors.find": ({ ws, query }) => {
    const v = visitorIndexByUserId(ws, query.user_id ?? "");
    return v === null ? notFound("not_found", "Visitor Not Found") : ok(visitorJson(visitorAt(ws, v)));
  },
  "visitors.get": ({ ws, params }) => {
    const v = visitorIndexById(ws, params.id ?? "");
    return v === null ? notFound("not_found", "Visitor Not Found") : ok(visitorJson(visitorAt(ws, v)));
  },
  "data_attributes.list": ({ ws, query }) => {
    const all = allDataAttributes(ws).filter((a) => (!query.model || a.model === query.model) && (query.include_archived === "true" || !a.archived));
    return ok(list(all));
  },
  "subscription_types.list": () => ok(list(allSubscriptionTypes())),
  "companies.list": ({ ws, query }) => {
    if (query.name !== undefined || query.company_id !== undefined) {
      const j = findCompanyIndex(ws, query);
      if (j === null) return companyNotFound();
      return ok({ type: "list", data: [companyJson(ws, companyCore(ws, j))], pages: { type: "pages", next: null, page: 1, per_page: 15, total_pages: 1 }, total_count: 1 });
    }
    let indexes: number[] | null = null;
    if (query.tag_id !== undefined) {
      const tagId = query.tag_id;
      indexes = companiesWhere(ws, `tag:${tagId}`, (c) => c.tags.some((t) => t.id === tagId));
    }
    if (query.segment_id !== undefined) {
      const segmentId = query.segment_id;
      const inSegment = companiesWhere(ws, `segment:${segmentId}`, (c) => companySegmentIds(c).includes(segmentId));
      indexes = indexes ? indexes.filter((j) => inSegment.includes(j)) : inSegment;
    }
    const source: Sequence<number> = indexes ? seq(indexes) : lazySeq(ws.scale.companies, (j) => j);
    const page = pagePage(lazySeq(source.length, (k) => companyJson(ws, companyCore(ws, source.at(k)))), query, 15);
    return ok({ type: "list", data: page.items, pages: page.pages, total_count: page.total_count });
  },
  "companies.scroll": ({ ws, query }) => {
    let open = liveScroll(ws);
    if (query.scroll_param === undefined) {
      if (open) return intercomError(400, "scroll_exists", "scroll already exists");
      open = { param: crypto.randomUUID(), offset: 0, lastUsed: Date.now() };
      ws.state.set(SCROLL_KEY, open);
    } else if (!open || open.param !== query.scroll_param) {
      return intercomError(404, "not_found", "scroll_param not found: the scroll expired or was never opened. Please restart the scroll operation.");
    }
    const data: unknown[] = [];
    for (let j = open.offset; j < Math.min(ws.scale.companies, open.offset + SCROLL_PAGE); j++) data.push(companyJson(ws, companyCore(ws, j)));
    open.offset += data.length;
    open.lastUsed = Date.now();
    // An empty page is the end: the scroll closes and its param stops working.
    if (data.length === 0) ws.state.delete(SCROLL_KEY);
    return ok({ type: "list", data, pages: null, total_count: null, scroll_param: open.param });
  },
  "companies.get": ({ ws, params }) => {
    const j = hexIndex("company", params.id ?? "", ws.scale.companies);
    return j === null ? companyNotFound() : ok(companyJson(ws, companyCore(ws, j)));
  },
  "companies.segments": ({ ws, params }) => {
    const j = hexIndex("company", params.id ?? "", ws.scale.companies);
    if (j === null) return companyNotFound();
    const byId = segmentsById(ws);
    return ok(list(companySegmentIds(companyCore(ws, j)).map((id) => byId.get(id))));
  },
  "companies.contacts": ({ ws, params, query }) => {
    const j = hexIndex("company", params.id ?? "", ws.scale.companies);
    if (j === null) return companyNotFound();
    const members = companyMemberIndexes(ws, j);
    const perPage = Number(query.per_page) || 50;
    const startingAfter = query.starting_after ?? (query.page ? encodeCursor((Number(query.page) - 1) * perPage) : undefined);
    const page = cursorPage(contactsSeq(ws, members), { perPage, startingAfter, defaultPerPage: 50 });
    return ok({ type: "list", data: page.items, total_count: page.total_count, pages: page.pages });
  },
  "segments.list": ({ ws, query }) => {
    const counts = query.include_count === "true" ? segmentCounts(ws) : null;
    return ok({ type: "segment.list", segments: allSegments(ws).map((s) => (counts ? { ...s, count: counts.get(s.id) ?? 0 } : s)), pages: {} });
  },
  "segments.get": ({ ws, params, query }) => {
    const i = segmentIndexOf(params.id ?? "");
    if (i === null) return notFound("not_found", "Resource Not Found");
    const s = allSegments(ws)[i]!;
    return ok(query.include_count === "true" ? { ...s, count: segmentCounts(ws).get(s.id) ?? 0 } : s);
  },
  "tags.list": () => ok(list(allTags())),
  "tags.get": ({ params }) => {
    const tag = allTags().find((t) => t.id === params.id);
    return tag ? ok(tag) : notFound("not_found", "Resource Not Found");
  },
} satisfies Record<string, FakeHandler>;
