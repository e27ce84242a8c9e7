import { METRICS, SLA_STATUSES, STATES } from "./facts";
import { dayStart } from "./stats";

/**
 * The conversation ledger's filters and sort, as they travel in page URLs and API queries. One
 * parser for both, so a drill-down link and the ledger's API agree on exactly which rows match.
 */
export interface LedgerFilter {
  /** Created on or after this day (yyyy-mm-dd, UTC). */
  from: string | null;
  /** Created before the end of this day. */
  to: string | null;
  team: string | null;
  admin: string | null;
  tag: string | null;
  state: (typeof STATES)[number] | null;
  sla: (typeof SLA_STATUSES)[number] | null;
  /** Ratings wanted, e.g. [1, 2] for the low-rating queue. */
  ratings: number[];
  reopened: boolean;
}

export const SORTABLE = ["created_at", "count_reopens", "rating", ...METRICS.map((m) => m.key)] as const;
export type SortColumn = (typeof SORTABLE)[number];

export interface LedgerSort {
  column: SortColumn;
  dir: "asc" | "desc";
}

export const EMPTY_FILTER: LedgerFilter = { from: null, to: null, team: null, admin: null, tag: null, state: null, sla: null, ratings: [], reopened: false };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export class FilterError extends Error {}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], name: string): T | null {
  if (value === null || value === "") return null;
  if (!(allowed as readonly string[]).includes(value)) throw new FilterError(`${name} must be one of ${allowed.join(", ")}`);
  return value as T;
}

function id(value: string | null, name: string): string | null {
  if (value === null || value === "") return null;
  if (!ID.test(value)) throw new FilterError(`${name} is not a valid id`);
  return value;
}

function day(value: string | null, name: string): string | null {
  if (value === null || value === "") return null;
  if (!DAY.test(value) || Number.isNaN(dayStart(value))) throw new FilterError(`${name} must be a date like 2026-11-24`);
  return value;
}

/** Reads filters from a query string; throws FilterError with a message fit for the user. */
export function parseLedgerFilter(q: URLSearchParams): LedgerFilter {
  const ratings = (q.get("rating") ?? "")
    .split(",")
    .filter(Boolean)
    .map((r) => {
      const n = Number(r);
      if (!Number.isInteger(n) || n < 1 || n > 5) throw new FilterError("rating must be numbers 1 to 5, comma-separated");
      return n;
    });
  return {
    from: day(q.get("from"), "from"),
    to: day(q.get("to"), "to"),
    team: id(q.get("team"), "team"),
    admin: id(q.get("admin"), "admin"),
    tag: id(q.get("tag"), "tag"),
    state: oneOf(q.get("state"), STATES, "state"),
    sla: oneOf(q.get("sla"), SLA_STATUSES, "sla"),
    ratings: [...new Set(ratings)].sort(),
    reopened: q.get("reopened") === "1",
  };
}

export function parseLedgerSort(q: URLSearchParams): LedgerSort {
  return { column: oneOf(q.get("sort"), SORTABLE, "sort") ?? "created_at", dir: q.get("dir") === "asc" ? "asc" : "desc" };
}

/** The query string for a filter (and sort), leaving out what is unset; the inverse of the parsers. */
export function ledgerQuery(filter: Partial<LedgerFilter>, sort?: Partial<LedgerSort>): URLSearchParams {
  const q = new URLSearchParams();
  for (const key of ["from", "to", "team", "admin", "tag", "state", "sla"] as const) {
    const v = filter[key];
    if (v) q.set(key, v);
  }
  if (filter.ratings?.length) q.set("rating", filter.ratings.join(","));
  if (filter.reopened) q.set("reopened", "1");
  if (sort?.column && sort.column !== "created_at") q.set("sort", sort.column);
  if (sort?.dir === "asc") q.set("dir", "asc");
  return q;
}

/** Unix bounds [start, end) of a filter's day range. */
export function rangeBounds(filter: Pick<LedgerFilter, "from" | "to">): { start: number | null; end: number | null } {
  return { start: filter.from ? dayStart(filter.from) : null, end: filter.to ? dayStart(filter.to) + 86_400 : null };
}
