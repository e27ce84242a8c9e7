import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { lensGet } from "@/lib/api/intercom";
import { auditSearchParams, type AuditEntriesPage, type AuditQuery, type AuditSummary } from "@/lib/audit/query";

const ONE_MINUTE = 60_000;

function asRecord(q: AuditQuery, extra: Record<string, string> = {}): Record<string, string> {
  return { ...Object.fromEntries(auditSearchParams(q)), ...extra };
}

/** Query keys and fetchers for the audit log, served by Lens's /api/audit from its store. */
export const auditQueries = {
  all: () => ["audit"] as const,
  /** The filtered range's totals and the four charts: small, whatever the range holds. */
  summary: (q: AuditQuery) =>
    queryOptions({
      queryKey: [...auditQueries.all(), "summary", asRecord(q)],
      queryFn: ({ signal }) => lensGet<AuditSummary>("/api/audit", asRecord(q), signal),
      staleTime: ONE_MINUTE,
    }),
  /** The table, a page at a time as it scrolls. */
  entries: (q: AuditQuery) =>
    infiniteQueryOptions({
      queryKey: [...auditQueries.all(), "entries", asRecord(q)],
      queryFn: ({ signal, pageParam }) => lensGet<AuditEntriesPage>("/api/audit/entries", asRecord(q, pageParam ? { cursor: pageParam } : {}), signal),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.next,
      staleTime: ONE_MINUTE,
    }),
  /** The streamed CSV of every matching entry. */
  exportUrl: (q: AuditQuery) => `/api/audit/export?${auditSearchParams(q).toString()}`,
};
