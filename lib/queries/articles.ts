import { queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";
import { lensJson } from "@/lib/api/lens-json";
import type { InsightsSnapshot } from "@/lib/articles/insights-types";
import { fetchAllPages } from "@/lib/help-center/walk-pages";

/** Asks the sync for a new snapshot; the insights query then polls until it is stored. */
export function refreshArticleInsights(): Promise<{ refreshing: boolean }> {
  return lensJson("/api/insights/articles/refresh", { method: "POST" });
}

/** Articles: the whole list (every page), one article with its statistics, and the insights. */
export const articleQueries = {
  all: () => ["articles"] as const,
  list: () => queryOptions({ queryKey: [...articleQueries.all(), "list"], queryFn: ({ signal }) => fetchAllPages("articles.list", {}, signal), staleTime: 60_000 }),
  detail: (id: string) => queryOptions({ queryKey: [...articleQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet("articles.get", { id }, signal) }),
  /** The newest snapshot from Lens's store; polled while a refresh is under way. */
  insights: () =>
    queryOptions({
      queryKey: [...articleQueries.all(), "insights"],
      queryFn: ({ signal }) => lensJson<InsightsSnapshot>("/api/insights/articles", { signal }),
      staleTime: 60_000,
      refetchInterval: (q) => (q.state.data?.refreshing ? 1_000 : false),
    }),
};
