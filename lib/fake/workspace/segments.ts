import { companyCore, type CompanyCore } from "./companies";
import { contactScalars, type ContactScalars } from "./contacts";
import { DAY, type FakeWorkspace } from "./context";
import { hexId, hexIndex } from "./ids";

/**
 * Segments are saved filters: each is a predicate over a contact or a company, so membership and
 * counts follow from the records themselves.
 */

interface SegmentDef {
  name: string;
  person_type: "user" | "lead";
  /** Days before now the segment was created. */
  age: number;
  contact?: (c: ContactScalars, ws: FakeWorkspace) => boolean;
  company?: (c: CompanyCore) => boolean;
}

const hasTag = (c: { tags: { name: string }[] }, name: string) => c.tags.some((t) => t.name === name);

const SEGMENTS: SegmentDef[] = [
  { name: "Active", person_type: "user", age: 900, contact: (c, ws) => c.role === "user" && c.last_seen_at !== null && c.last_seen_at > ws.now - 30 * DAY },
  { name: "New", person_type: "user", age: 900, contact: (c, ws) => c.role === "user" && c.created_at > ws.now - 30 * DAY },
  {
    name: "Slipping away",
    person_type: "user",
    age: 900,
    contact: (c, ws) => c.role === "user" && c.last_seen_at !== null && c.last_seen_at <= ws.now - 30 * DAY && c.last_seen_at > ws.now - 90 * DAY,
  },
  { name: "All leads", person_type: "lead", age: 900, contact: (c) => c.role === "lead" },
  { name: "Enterprise plan", person_type: "user", age: 400, contact: (c) => c.custom_attributes.plan === "Enterprise" },
  { name: "VIP customers", person_type: "user", age: 300, contact: (c) => hasTag(c, "VIP") },
  {
    name: "Churn watch",
    person_type: "user",
    age: 120,
    contact: (c, ws) => hasTag(c, "Churn risk") || (c.role === "user" && c.last_seen_at !== null && c.last_seen_at < ws.now - 60 * DAY && c.custom_attributes.plan === "Pro"),
  },
  { name: "Mobile app users", person_type: "user", age: 200, contact: (c) => c.ios !== null || c.android !== null },
  { name: "Email unreachable", person_type: "user", age: 60, contact: (c) => c.unsubscribed_from_emails || c.has_hard_bounced || c.marked_email_as_spam },
  { name: "High-value companies", person_type: "user", age: 250, company: (c) => c.monthly_spend >= 2_000 },
  { name: "Accounts at risk", person_type: "user", age: 45, company: (c) => hasTag(c, "Churn risk") },
];

export interface FakeSegment {
  type: "segment";
  id: string;
  name: string;
  created_at: number;
  updated_at: number;
  person_type: "user" | "lead";
}

export function allSegments(ws: FakeWorkspace): FakeSegment[] {
  return SEGMENTS.map((s, i) => ({
    type: "segment" as const,
    id: hexId("segment", i),
    name: s.name,
    created_at: ws.now - s.age * DAY,
    updated_at: ws.now - Math.floor(s.age / 3) * DAY,
    person_type: s.person_type,
  }));
}

export function segmentIndexOf(id: string): number | null {
  return hexIndex("segment", id, SEGMENTS.length);
}

export function contactSegmentIds(ws: FakeWorkspace, contact: ContactScalars): string[] {
  return SEGMENTS.flatMap((s, i) => (s.contact?.(contact, ws) ? [hexId("segment", i)] : []));
}

export function companySegmentIds(company: CompanyCore): string[] {
  return SEGMENTS.flatMap((s, i) => (s.company?.(company) ? [hexId("segment", i)] : []));
}

const SAMPLE = 20_000;

/**
 * Members per segment. Exact for the default workspace; the large one counts a fixed stride sample
 * and scales it up, as counting a million generated records per request would not be "on demand".
 */
export function segmentCounts(ws: FakeWorkspace): Map<string, number> {
  return ws.memo("segment-counts", () => {
    const counts = new Map<string, number>(allSegments(ws).map((s) => [s.id, 0]));
    const add = (ids: string[], weight: number) => ids.forEach((id) => counts.set(id, (counts.get(id) ?? 0) + weight));
    const contactStep = Math.max(1, Math.floor(ws.scale.contacts / SAMPLE));
    for (let i = 0; i < ws.scale.contacts; i += contactStep) add(contactSegmentIds(ws, contactScalars(ws, i)), contactStep);
    for (let j = 0; j < ws.scale.companies; j++) add(companySegmentIds(companyCore(ws, j)), 1);
    return counts;
  });
}
