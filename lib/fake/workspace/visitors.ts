import { chance, int, pick, rngFor, sample } from "../random";
import { DAY, HOUR, type FakeWorkspace } from "./context";
import { hexId, hexIndex } from "./ids";
import { FIRST_NAMES, LOCATIONS } from "./people";
import { allTags } from "./tags";

/**
 * Anonymous website visitors. A visitor's user_id is a UUID whose last group is its index, so
 * `GET /visitors?user_id=` finds it without an index.
 */

const PSEUDONYM_COLOURS = ["Azure", "Coral", "Amber", "Indigo", "Jade", "Crimson", "Teal", "Ivory"] as const;
const PSEUDONYM_ANIMALS = ["Fox", "Heron", "Otter", "Lynx", "Falcon", "Badger", "Koala", "Puffin"] as const;

export function visitorCount(ws: FakeWorkspace): number {
  return ws.scale.name === "large" ? 50_000 : 400;
}

export interface FakeVisitor {
  index: number;
  id: string;
  user_id: string;
  name: string | null;
  pseudonym: string;
  email: string;
  created_at: number;
  updated_at: number;
  last_request_at: number;
  session_count: number;
  location: (typeof LOCATIONS)[number] & { timezone: string; postal_code: string | null };
  tags: { id: string; name: string }[];
  unsubscribed_from_emails: boolean;
  utm_source: string | null;
  referrer: string | null;
}

function uuidFor(index: number): string {
  const rng = rngFor("visitor-uuid", index);
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rng() * 16).toString(16)).join("");
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${index.toString(16).padStart(12, "0")}`;
}

const TIMEZONES: Record<string, string> = {
  "United States": "America/New_York",
  Ireland: "Europe/Dublin",
  "United Kingdom": "Europe/London",
  Germany: "Europe/Berlin",
  France: "Europe/Paris",
  Brazil: "America/Sao_Paulo",
  India: "Asia/Kolkata",
  Japan: "Asia/Tokyo",
  Australia: "Australia/Sydney",
  Nigeria: "Africa/Lagos",
  Canada: "America/Toronto",
  Spain: "Europe/Madrid",
};

export function visitorAt(ws: FakeWorkspace, index: number): FakeVisitor {
  const rng = rngFor("visitor", index);
  const created = ws.now - int(rng, 0, 60) * DAY - int(rng, 0, DAY - 1);
  const lastRequest = Math.min(ws.now, created + int(rng, 0, 10) * DAY + int(rng, 0, 20) * HOUR);
  const loc = pick(rng, LOCATIONS);
  const gaveName = chance(rng, 0.15);
  return {
    index,
    id: hexId("visitor", index),
    user_id: uuidFor(index),
    name: gaveName ? pick(rng, FIRST_NAMES) : null,
    pseudonym: `${pick(rng, PSEUDONYM_COLOURS)} ${pick(rng, PSEUDONYM_ANIMALS)} from ${loc.city}`,
    email: gaveName && chance(rng, 0.6) ? `visitor${index}@${pick(rng, ["gmail.com", "outlook.com", "proton.me"])}` : "",
    created_at: created,
    updated_at: lastRequest,
    last_request_at: lastRequest,
    session_count: int(rng, 1, 14),
    location: { ...loc, timezone: TIMEZONES[loc.country] ?? "UTC", postal_code: chance(rng, 0.5) ? String(int(rng, 10_000, 99_999)) : null },
    tags: chance(rng, 0.1) ? sample(rng, allTags(), 1).map((t) => ({ id: t.id, name: t.name })) : [],
    unsubscribed_from_emails: false,
    utm_source: chance(rng, 0.4) ? pick(rng, ["google", "twitter", "producthunt", "newsletter"]) : null,
    referrer: chance(rng, 0.4) ? pick(rng, ["https://www.google.com/", "https://twitter.com/", "https://www.producthunt.com/"]) : null,
  };
}

export function visitorIndexById(ws: FakeWorkspace, id: string): number | null {
  return hexIndex("visitor", id, visitorCount(ws));
}

export function visitorIndexByUserId(ws: FakeWorkspace, userId: string): number | null {
  const m = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-([0-9a-f]{12})$/.exec(userId);
  if (!m) return null;
  const index = parseInt(m[1]!, 16);
  return index < visitorCount(ws) && uuidFor(index) === userId ? index : null;
}
