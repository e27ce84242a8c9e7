import { createLoader, parseAsInteger, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { DEFAULT_DORMANT_DAYS } from "./access-review";
import { GROUPINGS } from "./response-times";

/**
 * The reports' URL state, shared by the pages (which read it on the server to put the report into
 * the HTML) and the browser (which keeps it in the URL), so both ask for the same query key.
 */
export const reportParams = {
  from: parseAsString,
  to: parseAsString,
  team: parseAsString,
  admin: parseAsString,
  tag: parseAsString,
  group: parseAsStringLiteral(GROUPINGS).withDefault("week"),
};
export const loadReportParams = createLoader(reportParams);

/** The API query for the current filters (the group travels separately). */
export function filterQuery(p: { from: string | null; to: string | null; team: string | null; admin: string | null; tag: string | null }): URLSearchParams {
  const q = new URLSearchParams();
  for (const k of ["from", "to", "team", "admin", "tag"] as const) if (p[k]) q.set(k, p[k]!);
  return q;
}

/** The response-times API query: the filters and the grouping. */
export function responseTimesQuery(p: Parameters<typeof filterQuery>[0] & { group: string }): URLSearchParams {
  const q = filterQuery(p);
  q.set("group", p.group);
  return q;
}

export const dormantParam = parseAsInteger.withDefault(DEFAULT_DORMANT_DAYS);
export const loadDormant = createLoader({ dormant: dormantParam });

/** The dormancy window the access review asks for, kept within what the endpoint accepts. */
export function dormantDays(dormant: number): number {
  return Math.min(3650, Math.max(1, dormant));
}
