import { queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";
import { readArticleInsights, type InsightsProgress } from "@/lib/articles/insights-stream";
import { fetchAllPages } from "@/lib/help-center/walk-pages";

/** Articles: the whole list (every page), one article with its statistics, and the insights. */
export const articleQueries = {
  all: () => ["articles"] as const,
  list: () => queryOptions({ queryKey: [...articleQueries.all(), "list"], queryFn: ({ signal }) => fetchAllPages("articles.list", {}, signal), staleTime: 60_000 }),
  detail: (id: string) => queryOptions({ queryKey: [...articleQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet("articles.get", { id }, signal) }),
  /** Progress is reported through the callback; it is not part of the key. */
  insights: (onProgress: (p: InsightsProgress) => void = () => {}) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the callback only reports progress; the answer does not depend on it
    queryOptions({ queryKey: [...articleQueries.all(), "insights"], queryFn: ({ signal }) => readArticleInsights(signal, onProgress), staleTime: 60_000 }),
};
