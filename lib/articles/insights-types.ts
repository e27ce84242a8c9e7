import type { ArticleStatistics } from "@/lib/intercom/types/content";

/** What `GET /api/insights/articles` answers: the newest daily snapshot from Lens's store. */

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
  /** The all-time totals Intercom reported for the article when the snapshot was taken. */
  statistics: ArticleStatistics | null;
}

export interface InsightsSnapshot {
  articles: InsightArticle[];
  /** The snapshot's UTC day (YYYY-MM-DD), or null when no snapshot has been taken yet. */
  day: string | null;
  /** When the snapshot was taken, unix seconds. */
  capturedAt: number | null;
  /** A refresh has been asked for and has not finished yet. */
  refreshing: boolean;
  /** Why the last snapshot attempt failed, if it did. */
  lastError: string | null;
}
