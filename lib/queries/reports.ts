import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { lensGet } from "@/lib/api/intercom";
import type { AccessBody, AlertsBody, ArticleHistoryBody, ArticleSeriesBody, CsatBody, LedgerPageBody, ResponseTimesBody } from "@/lib/reports/api-types";

const enc = encodeURIComponent;
/** Reports read the store, which changes only when a sync runs: a minute of freshness is plenty. */
const STALE = 60_000;

function params(q: URLSearchParams): Record<string, string> {
  return Object.fromEntries(q);
}

/** Lens's report endpoints, keyed by their query string so every filter combination caches apart. */
export const reportQueries = {
  all: () => ["reports"] as const,
  responseTimes: (q: URLSearchParams) =>
    queryOptions({
      queryKey: [...reportQueries.all(), "response-times", q.toString()],
      queryFn: ({ signal }) => lensGet<ResponseTimesBody>("/api/reports/response-times", params(q), signal),
      staleTime: STALE,
      placeholderData: keepPreviousData,
    }),
  ledgerPage: (q: URLSearchParams, offset: number, limit: number) =>
    queryOptions({
      queryKey: [...reportQueries.all(), "ledger", q.toString(), offset, limit],
      queryFn: ({ signal }) => lensGet<LedgerPageBody>("/api/reports/conversations", { ...params(q), offset, limit }, signal),
      staleTime: STALE,
    }),
  csat: (q: URLSearchParams) =>
    queryOptions({
      queryKey: [...reportQueries.all(), "csat", q.toString()],
      queryFn: ({ signal }) => lensGet<CsatBody>("/api/reports/csat", params(q), signal),
      staleTime: STALE,
      placeholderData: keepPreviousData,
    }),
  articles: (day: string | null) =>
    queryOptions({
      queryKey: [...reportQueries.all(), "articles", "history", day],
      queryFn: ({ signal }) => lensGet<ArticleHistoryBody>("/api/reports/articles", { day }, signal),
      staleTime: STALE,
      placeholderData: keepPreviousData,
    }),
  article: (id: string) =>
    queryOptions({ queryKey: [...reportQueries.all(), "articles", "one", id], queryFn: ({ signal }) => lensGet<ArticleSeriesBody>(`/api/reports/articles/${enc(id)}`, {}, signal), staleTime: STALE }),
  access: (dormantDays: number) =>
    queryOptions({
      queryKey: [...reportQueries.all(), "access", dormantDays],
      queryFn: ({ signal }) => lensGet<AccessBody>("/api/reports/access", { dormant: dormantDays }, signal),
      staleTime: STALE,
      placeholderData: keepPreviousData,
    }),
  alerts: () => queryOptions({ queryKey: [...reportQueries.all(), "alerts"], queryFn: ({ signal }) => lensGet<AlertsBody>("/api/alerts", {}, signal), staleTime: 15_000 }),
};
