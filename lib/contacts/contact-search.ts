import type { SearchFilter, SearchQuery, SearchRequest } from "@/lib/intercom/search-body";
import { understandQuery, type QueryKind } from "./understand-query";

/**
 * The /contacts page's state (what lives in its URL) and the Intercom search body built from it.
 * With nothing typed and no filter set there is no search: the page lists contacts by cursor instead.
 */

export interface ContactFilters {
  q: string;
  as: QueryKind | null;
  role: "user" | "lead" | null;
  tag: string | null;
  segment: string | null;
  /** Inclusive calendar days, YYYY-MM-DD. */
  createdFrom: string | null;
  createdTo: string | null;
  seenFrom: string | null;
  seenTo: string | null;
}

export const EMPTY_FILTERS: ContactFilters = { q: "", as: null, role: null, tag: null, segment: null, createdFrom: null, createdTo: null, seenFrom: null, seenTo: null };

const DAY = 86_400;

/** "2024-03-05" → UNIX seconds at 00:00 UTC that day; null for anything else. */
export function dayToUnix(day: string | null | undefined): number | null {
  if (!day) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(ms);
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
  return ms / 1000;
}

/**
 * Intercom compares dates by whole days: `>` day D starts at D+1 and `<` day D ends before D. So an
 * inclusive range [from, to] is `> from-1` and `< to+1`.
 */
function dayRange(field: string, from: string | null, to: string | null): SearchFilter[] {
  const out: SearchFilter[] = [];
  const start = dayToUnix(from);
  const end = dayToUnix(to);
  if (start !== null) out.push({ field, operator: ">", value: start - DAY });
  if (end !== null) out.push({ field, operator: "<", value: end + DAY });
  return out;
}

export function contactSearchFilters(f: ContactFilters): SearchFilter[] {
  const clauses: SearchFilter[] = [];
  const understood = understandQuery(f.q, f.as);
  if (understood) clauses.push(understood.filter);
  if (f.role) clauses.push({ field: "role", operator: "=", value: f.role });
  if (f.tag) clauses.push({ field: "tag_id", operator: "=", value: f.tag });
  if (f.segment) clauses.push({ field: "segment_id", operator: "=", value: f.segment });
  clauses.push(...dayRange("created_at", f.createdFrom, f.createdTo));
  clauses.push(...dayRange("last_seen_at", f.seenFrom, f.seenTo));
  return clauses;
}

export function buildContactSearch(f: ContactFilters, page: { perPage: number; startingAfter?: string | null }): SearchRequest | null {
  const clauses = contactSearchFilters(f);
  if (clauses.length === 0) return null;
  const query: SearchQuery = clauses.length === 1 ? clauses[0]! : { operator: "AND", value: clauses };
  return { query, pagination: { per_page: page.perPage, ...(page.startingAfter ? { starting_after: page.startingAfter } : {}) } };
}

export function hasActiveFilters(f: ContactFilters): boolean {
  return contactSearchFilters(f).length > 0;
}
