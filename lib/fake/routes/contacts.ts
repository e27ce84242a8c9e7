import { isSearchGroup, type SearchFilter, type SearchQuery } from "@/lib/intercom/search-body";
import { cursorPage, decodeCursor, encodeCursor, lazySeq, linkPage, seq } from "../paginate";
import { intercomError, notFound, ok, type AreaRoutes } from "../respond";
import { matchesQuery } from "../search";
import { allAdmins } from "../workspace/admins";
import { companyCore } from "../workspace/companies";
import { contactAt, contactIndexByEmail, contactIndexByExternalId, contactIndexOf, contactScalars, type ContactScalars } from "../workspace/contacts";
import { DAY, type FakeWorkspace } from "../workspace/context";
import { allDataAttributes } from "../workspace/data-attributes";
import { contactEvents } from "../workspace/events";
import { hexIndex } from "../workspace/ids";
import { contactNotes, noteById, type FakeNote } from "../workspace/notes";
import { contactIdentity } from "../workspace/people";
import { contactSegmentIds } from "../workspace/segments";
import { allSubscriptionTypes, contactSubscriptions } from "../workspace/subscriptions";
import { visitorAt, visitorIndexById, visitorIndexByUserId, type FakeVisitor } from "../workspace/visitors";
import { APP_ID, companyJson, contactJson, contactsSeq, list, segmentsById, withQuery } from "./customer-json";

/** The fake's contacts area: contacts and what hangs off them (notes, events, visitors, data attributes, subscription types). */

const userNotFound = () => notFound("not_found", "User Not Found");

function adminJson(ws: FakeWorkspace, index: number) {
  const a = allAdmins(ws)[index]!;
  return { type: "admin" as const, id: a.id, name: a.name, email: a.email, away_mode_enabled: a.away_mode_enabled, away_mode_reassign: a.away_mode_reassign };
}

function noteJson(ws: FakeWorkspace, n: FakeNote) {
  return {
    type: "note" as const,
    id: n.id,
    created_at: n.created_at,
    contact: { type: "contact" as const, id: contactIdentity(ws, n.contactIndex).id },
    author: adminJson(ws, n.authorIndex),
    body: n.body,
  };
}

function visitorJson(v: FakeVisitor) {
  return {
    type: "visitor" as const,
    id: v.id,
    user_id: v.user_id,
    anonymous: v.email === "",
    email: v.email,
    phone: null,
    name: v.name,
    pseudonym: v.pseudonym,
    avatar: { type: "avatar" as const, image_url: null },
    app_id: APP_ID,
    companies: { type: "company.list" as const, companies: [] },
    location_data: {
      type: "location_data" as const,
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
    social_profiles: { type: "social_profile.list" as const, social_profiles: [] },
    owner_id: null,
    unsubscribed_from_emails: v.unsubscribed_from_emails,
    marked_email_as_spam: false,
    has_hard_bounced: false,
    tags: { type: "tag.list" as const, tags: v.tags.map((t) => ({ type: "tag" as const, id: t.id, name: t.name })) },
    segments: { type: "segment.list" as const, segments: [] },
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

// ---------- contact search ----------

const DATE_FIELDS = new Set([
  "created_at",
  "signed_up_at",
  "updated_at",
  "last_seen_at",
  "last_contacted_at",
  "last_replied_at",
  "last_email_opened_at",
  "last_email_clicked_at",
  "ios_last_seen_at",
  "android_last_seen_at",
  "custom_attributes.trial_ends_at",
]);
const IDENTITY_FIELDS = new Set(["id", "role", "name", "email", "email_domain", "external_id"]);
const RECORD_FIELDS = new Set([
  "avatar",
  "owner_id",
  "phone",
  "language_override",
  "browser",
  "browser_language",
  "os",
  "location.country",
  "location.region",
  "location.city",
  "unsubscribed_from_emails",
  "marked_email_as_spam",
  "has_hard_bounced",
  "segment_id",
  "tag_id",
  "ios_app_version",
  "ios_device",
  "ios_app_device",
  "ios_os_version",
  "ios_app_name",
  "ios_sdk_version",
  "android_app_version",
  "android_device",
  "android_app_name",
  "andoid_sdk_version",
  "android_sdk_version",
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
      field === "ios_last_seen_at"
        ? c.ios?.last_seen_at
        : field === "android_last_seen_at"
          ? c.android?.last_seen_at
          : field.startsWith("custom_attributes.")
            ? c.custom_attributes[field.slice(18)]
            : c[field as "created_at"];
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
    return d ? ((d as Record<string, unknown>)[key] ?? null) : null;
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

function contactIndexParam(ws: FakeWorkspace, params: Record<string, string>): number | null {
  return contactIndexOf(ws, params.id ?? "");
}

export const contactRoutes = {
  "contacts.list": ({ ws, query }) => {
    const page = cursorPage(
      lazySeq(ws.scale.contacts, (i) => contactJson(contactAt(ws, i))),
      { perPage: query.per_page, startingAfter: query.starting_after, defaultPerPage: 50 },
    );
    return ok({ type: "list" as const, data: page.items, total_count: page.total_count, pages: page.pages });
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
    return ok({ type: "list" as const, data: page.items, pages: page.pages, total_count: page.total_count });
  },
  "contacts.segments": ({ ws, params }) => {
    const i = contactIndexParam(ws, params);
    if (i === null) return userNotFound();
    const byId = segmentsById(ws);
    return ok(list(contactSegmentIds(ws, contactAt(ws, i)).map((id) => byId.get(id)!)));
  },
  "contacts.subscriptions": ({ ws, params }) => {
    const i = contactIndexParam(ws, params);
    return i === null ? userNotFound() : ok(list(contactSubscriptions(ws, i)));
  },
  "contacts.tags": ({ ws, params }) => {
    const i = contactIndexParam(ws, params);
    return i === null ? userNotFound() : ok(list(contactAt(ws, i).tags.map((t) => ({ type: "tag" as const, ...t }))));
  },
  "contacts.notes": ({ ws, params, query }) => {
    const i = contactIndexParam(ws, params);
    if (i === null) return userNotFound();
    const notes = contactNotes(ws, i).map((n) => noteJson(ws, n));
    const perPage = Number(query.per_page) || 50;
    const startingAfter = query.starting_after ?? (query.page ? encodeCursor((Number(query.page) - 1) * perPage) : undefined);
    const page = cursorPage(seq(notes), { perPage, startingAfter, defaultPerPage: 50 });
    return ok({ type: "list" as const, data: page.items, total_count: page.total_count, pages: page.pages });
  },
  "contacts.search": ({ ws, body }) => {
    if (!body) return intercomError(400, "parameter_invalid", "A search needs a query.");
    const problem = checkQuery(body.query);
    if (problem) return intercomError(400, "parameter_invalid", problem);
    const query = dayQuery(body.query);
    const perPage = body.pagination?.per_page ?? 50;
    const startingAfter = body.pagination?.starting_after;
    const candidates = candidateIndexes(ws, query);
    if (candidates === null && ws.scale.contacts > EXACT_SEARCH_LIMIT) return ok({ type: "list" as const, ...streamedSearch(ws, query, perPage, startingAfter) });
    const page = cursorPage(contactsSeq(ws, allMatches(ws, query, candidates)), { perPage, startingAfter, defaultPerPage: 50 });
    return ok({ type: "list" as const, data: page.items, total_count: page.total_count, pages: page.pages });
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
      return ok({ type: "event.summary" as const, events: page.items, pages: page.pages, ...who });
    }
    const page = linkPage(seq(events.map((e) => ({ type: "event" as const, id: e.id, event_name: e.event_name, created_at: e.created_at, metadata: e.metadata, ...who }))), query, 50, next);
    return ok({ type: "event.list" as const, events: page.items, pages: page.pages });
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
} satisfies AreaRoutes;
