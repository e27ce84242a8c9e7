import type { PeriodBucket, TeammateCount, TypeCount } from "./aggregate";
import { isCategoryId, type CategoryId } from "./categories";
import { formatCell, parseCell, type AuditFilters, type Granularity } from "./filter";
import { MAX_SPAN_SECONDS, resolveRange } from "./range";
import type { AuditRow } from "./rows";

/**
 * The contract of Lens's audit endpoints (/api/audit, /api/audit/entries, /api/audit/export): one
 * query shape, written by the page and read (strictly) by the server, and the shapes they answer.
 */

export interface AuditQuery {
  after: number;
  before: number;
  /** IANA zone for days, hours and weekdays. */
  timeZone: string;
  filters: AuditFilters;
}

export const PERIOD_KEY = /^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]))?$/;

/** The query as URL parameters; empty filters are left out so equal views share a URL. */
export function auditSearchParams(q: AuditQuery): URLSearchParams {
  const p = new URLSearchParams({ after: String(q.after), before: String(q.before), tz: q.timeZone });
  const f = q.filters;
  const optional: [string, string | null][] = [
    ["teammate", f.teammate],
    ["category", f.category],
    ["type", f.type],
    ["ip", f.ip?.trim() || null],
    ["q", f.text?.trim() || null],
    ["sensitive", f.sensitive ? "true" : null],
    ["new_ip", f.newIp ? "true" : null],
    ["period", f.period],
    ["cell", f.cell ? formatCell(f.cell) : null],
  ];
  for (const [k, v] of optional) if (v) p.set(k, v);
  return p;
}

export type ParsedAuditQuery = { ok: true; query: AuditQuery } | { ok: false; field: string; message: string };

function validZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const INTEGER = /^\d{1,12}$/;
const MAX_TEXT = 200;

/**
 * Reads a query strictly: the page already turns a wrong URL into notices, so anything wrong here
 * is a caller's mistake and gets a 400 naming the parameter. The range is after/before (UNIX
 * seconds), or range=<preset> / range=custom&from=YYYY-MM-DD&to=YYYY-MM-DD as on the page.
 */
export function parseAuditQuery(params: URLSearchParams, now: number): ParsedAuditQuery {
  const fail = (field: string, message: string): ParsedAuditQuery => ({ ok: false, field, message });
  const timeZone = params.get("tz") ?? "UTC";
  if (!validZone(timeZone)) return fail("tz", `“${timeZone}” is not an IANA time zone.`);

  let after: number;
  let before: number;
  const rawAfter = params.get("after");
  const rawBefore = params.get("before");
  if (rawAfter !== null || rawBefore !== null) {
    if (!rawAfter || !INTEGER.test(rawAfter)) return fail("after", "after must be a UNIX time in seconds.");
    if (!rawBefore || !INTEGER.test(rawBefore)) return fail("before", "before must be a UNIX time in seconds.");
    after = Number(rawAfter);
    before = Number(rawBefore);
    if (after > before) return fail("after", "after must not be later than before.");
    if (before - after > MAX_SPAN_SECONDS) return fail("after", "A range spans at most 366 days.");
  } else {
    const range = resolveRange({ range: params.get("range"), from: params.get("from"), to: params.get("to") }, now, timeZone);
    if (range.notices.length > 0) return fail(params.get("from") || params.get("to") ? "from" : "range", range.notices[0]!);
    after = range.after;
    before = range.before;
  }

  const category = params.get("category");
  if (category && !isCategoryId(category)) return fail("category", `“${category}” is not an activity category.`);
  const cellText = params.get("cell");
  const cell = parseCell(cellText);
  if (cellText && !cell) return fail("cell", `“${cellText}” is not a weekday and hour (expected 0-6 and 0-23, like 3-14).`);
  const period = params.get("period");
  if (period && !PERIOD_KEY.test(period)) return fail("period", `“${period}” is not a day (YYYY-MM-DD) or hour (YYYY-MM-DDTHH).`);
  for (const name of ["sensitive", "new_ip"]) {
    const v = params.get(name);
    if (v !== null && v !== "true" && v !== "false") return fail(name, `${name} must be true or false.`);
  }
  for (const name of ["teammate", "type", "ip", "q"]) {
    if ((params.get(name)?.length ?? 0) > MAX_TEXT) return fail(name, `${name} is longer than ${MAX_TEXT} characters.`);
  }
  return {
    ok: true,
    query: {
      after,
      before,
      timeZone,
      filters: {
        teammate: params.get("teammate") || null,
        category: (category || null) as CategoryId | null,
        type: params.get("type") || null,
        ip: params.get("ip")?.trim() || null,
        text: params.get("q")?.trim() || null,
        sensitive: params.get("sensitive") === "true",
        newIp: params.get("new_ip") === "true",
        period: period || null,
        cell,
      },
    },
  };
}

/** Where a range's entries come from: the store where the sync has been, Intercom live elsewhere. */
export interface RangePart {
  source: "store" | "live";
  after: number;
  before: number;
}

export interface AuditSummary {
  after: number;
  before: number;
  granularity: Granularity;
  parts: RangePart[];
  /** Entries in the range, before any filter. */
  inRange: number;
  matching: number;
  sensitive: number;
  newIp: number;
  periods: PeriodBucket[];
  teammates: { top: TeammateCount[]; others: number };
  types: { top: TypeCount[]; others: number; distinct: number };
  heatmap: { counts: number[][]; max: number };
  /** Every type and teammate the range holds (before filters), for the filter menus. */
  typesInRange: string[];
  teammatesInRange: { id: string; email: string | null }[];
}

/** A table row: an AuditRow without the zoned parts the charts used. */
export type AuditEntry = Omit<AuditRow, "day" | "hour" | "weekday">;

export interface AuditEntriesPage {
  entries: AuditEntry[];
  /** Pass as `cursor` for the next (older) page; null at the end of the range. */
  next: string | null;
}
