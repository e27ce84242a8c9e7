import { lazySeq, type Sequence } from "../paginate";
import { companyMemberIndexes, PLAN_IDS, type CompanyCore } from "../workspace/companies";
import { contactAt, type FakeContact } from "../workspace/contacts";
import type { FakeWorkspace } from "../workspace/context";
import { allSegments, companySegmentIds } from "../workspace/segments";

/** Intercom's JSON for contacts and companies: both the contacts and the companies areas answer with them. */

export const APP_ID = "nw5upp0rt";

function embeddedList(url: string, items: { type: string; id: string; url: string }[]) {
  return { type: "list" as const, data: items.slice(0, 10), url, total_count: items.length, has_more: items.length > 10 };
}

export function contactJson(c: FakeContact) {
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
    type: "contact" as const,
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
    social_profiles: { type: "list" as const, data: [] },
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
    location: {
      type: "location" as const,
      country: c.location?.country ?? null,
      region: c.location?.region ?? null,
      city: c.location?.city ?? null,
      country_code: c.location?.country_code ?? null,
      continent_code: c.location?.continent_code ?? null,
    },
    ...device("android", c.android),
    ...device("ios", c.ios),
    custom_attributes: c.custom_attributes,
    tags: embeddedList(
      `${base}/tags`,
      c.tags.map((t) => ({ type: "tag" as const, id: t.id, url: `/tags/${t.id}` })),
    ),
    notes: embeddedList(
      `${base}/notes`,
      c.noteIds.map((id) => ({ type: "note" as const, id, url: `/notes/${id}` })),
    ),
    companies: embeddedList(
      `${base}/companies`,
      c.companyIds.map((id) => ({ type: "company" as const, id, url: `/companies/${id}` })),
    ),
    opted_out_subscription_types: embeddedList(
      `${base}/subscriptions`,
      c.subscriptionIds.out.map((id) => ({ type: "subscription" as const, id, url: `/subscriptions/${id}` })),
    ),
    opted_in_subscription_types: embeddedList(
      `${base}/subscriptions`,
      c.subscriptionIds.in.map((id) => ({ type: "subscription" as const, id, url: `/subscriptions/${id}` })),
    ),
    utm_campaign: null,
    utm_content: null,
    utm_medium: c.utm_source ? "cpc" : null,
    utm_source: c.utm_source,
    utm_term: null,
    referrer: c.referrer,
  };
}

export function segmentsById(ws: FakeWorkspace) {
  return ws.memo("segments-by-id", () => new Map(allSegments(ws).map((s) => [s.id, s])));
}

export function companyJson(ws: FakeWorkspace, core: CompanyCore) {
  const segments = segmentsById(ws);
  return {
    type: "company" as const,
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
    tags: { type: "tag.list" as const, tags: core.tags.map((t) => ({ type: "tag" as const, id: t.id, name: t.name })) },
    segments: { type: "segment.list" as const, segments: companySegmentIds(core).map((id) => segments.get(id)!) },
    plan: { type: "plan" as const, id: PLAN_IDS[core.plan], name: core.plan },
    custom_attributes: core.custom_attributes,
  };
}

export function list<T>(data: T[]) {
  return { type: "list" as const, data };
}

export function withQuery(ws: FakeWorkspace, path: string, query: Record<string, string>, page: number): string {
  const qs = new URLSearchParams({ ...query, page: String(page) });
  return `${ws.baseUrl}${path}?${qs.toString()}`;
}

export function contactsSeq(ws: FakeWorkspace, indexes: ArrayLike<number>): Sequence<ReturnType<typeof contactJson>> {
  return lazySeq(indexes.length, (k) => contactJson(contactAt(ws, indexes[k]!)));
}
