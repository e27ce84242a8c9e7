import type { ArticleStatistics } from "@/lib/intercom/types/content";

/** What `/api/insights/articles` streams: NDJSON, one event a line, a `result` last. */

export interface InsightArticle {
  id: string;
  title: string | null;
  state: string | null;
  url: string | null;
  parent_id: string | null;
  parent_type: string | null;
  author_id: string | null;
  updated_at: number | null;
  default_locale: string | null;
  /** Exactly the object GET /articles/{id} returned, so the article page shows the same numbers. */
  statistics: ArticleStatistics | null;
}

export type InsightsEvent =
  | { type: "progress"; phase: "list" | "articles"; done: number; total: number }
  | {
      type: "result";
      articles: InsightArticle[];
      /** How many articles the list holds; more than `articles.length` when the result is partial. */
      total: number;
      complete: boolean;
      rateLimited: boolean;
      failed: number;
      note: string | null;
      generatedAt: number;
    };

export type InsightsResult = Extract<InsightsEvent, { type: "result" }>;
