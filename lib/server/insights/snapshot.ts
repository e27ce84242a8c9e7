import "server-only";
import type { InsightsSnapshot } from "@/lib/articles/insights-types";
import type { Store } from "@/lib/server/store";

/**
 * The article insights from Lens's store: the newest day's snapshot in one query, no upstream call.
 * The sync takes a snapshot daily and on Refresh.
 */
export async function readArticleSnapshot(store: Store): Promise<Omit<InsightsSnapshot, "refreshing" | "lastError">> {
  const rows = await store.db
    .selectFrom("article_stats_daily")
    .selectAll()
    .where("day", "=", (eb) => eb.selectFrom("article_stats_daily").select((e) => e.fn.max("day").as("day")))
    .orderBy("article_id")
    .execute();
  if (rows.length === 0) return { articles: [], day: null, capturedAt: null };
  return {
    day: rows[0]!.day,
    capturedAt: Math.max(...rows.map((r) => Number(r.captured_at))),
    articles: rows.map((r) => ({
      id: r.article_id,
      title: r.title,
      state: r.state,
      url: null,
      parent_id: null,
      parent_type: null,
      author_id: null,
      updated_at: null,
      default_locale: null,
      statistics: {
        type: "article_statistics",
        views: Number(r.views),
        conversions: Number(r.conversions),
        reactions: Number(r.reactions),
        happy_reaction_percentage: Number(r.happy_pct),
        neutral_reaction_percentage: Number(r.neutral_pct),
        sad_reaction_percentage: Number(r.sad_pct),
      },
    })),
  };
}
