"use client";

import { parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { GROUPINGS } from "@/lib/reports/response-times";

/** The filters every conversation report shares, in the URL so a link shows the same view. */
export const reportParams = {
  from: parseAsString,
  to: parseAsString,
  team: parseAsString,
  admin: parseAsString,
  tag: parseAsString,
  group: parseAsStringLiteral(GROUPINGS).withDefault("week"),
};

export function useReportParams() {
  return useQueryStates(reportParams, { history: "replace" });
}

/** The API query for the current filters (the group travels separately). */
export function filterQuery(p: { from: string | null; to: string | null; team: string | null; admin: string | null; tag: string | null }): URLSearchParams {
  const q = new URLSearchParams();
  for (const k of ["from", "to", "team", "admin", "tag"] as const) if (p[k]) q.set(k, p[k]!);
  return q;
}
