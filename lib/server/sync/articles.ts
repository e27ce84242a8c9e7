import "server-only";
import pLimit from "p-limit";
import { buildPath } from "@/lib/intercom/match";
import type { Article, ArticleListItem, PageList } from "@/lib/intercom/types/content";
import type { Store } from "@/lib/server/store";
import { bodyOf, SyncUpstreamError, type Call } from "./upstream";

/**
 * Today's snapshot of every article's all-time statistics, one row per article per UTC day.
 * Intercom gives statistics only with each single article, so a snapshot costs 1 + N calls; it
 * runs once a day and when someone presses Refresh, paced by the sync's budget.
 */

const PER_PAGE = 150;
const CONCURRENCY = 4;

export function utcDay(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

export async function snapshotArticles(store: Store, call: Call, now = Math.floor(Date.now() / 1000)): Promise<number> {
  const list = async (page: number) => bodyOf<PageList<ArticleListItem>>(await call({ path: buildPath("articles.list", {}, { page, per_page: PER_PAGE }) }));
  const first = await list(1);
  const pages = Math.max(1, first.pages?.total_pages ?? 1);
  const rest = await Promise.all(Array.from({ length: pages - 1 }, (_, i) => list(i + 2)));
  const seen = new Set<string>();
  const items = [first, ...rest].flatMap((p) => p.data ?? []).filter((a) => a && !seen.has(String(a.id)) && seen.add(String(a.id)));

  const limit = pLimit(CONCURRENCY);
  const day = utcDay(now);
  const rows = (
    await Promise.all(
      items.map((item) =>
        limit(async () => {
          let article: Article;
          try {
            article = bodyOf<Article>(await call({ path: buildPath("articles.get", { id: String(item.id) }) }));
          } catch (e) {
            // Deleted since the list was read: it simply drops out of today's snapshot.
            if (e instanceof SyncUpstreamError && e.status === 404) return null;
            throw e;
          }
          const s = article.statistics ?? {};
          return {
            article_id: String(item.id),
            day,
            title: article.title ?? item.title ?? "",
            state: article.state ?? item.state ?? "",
            views: s.views ?? 0,
            conversions: s.conversions ?? 0,
            reactions: s.reactions ?? 0,
            happy_pct: s.happy_reaction_percentage ?? 0,
            neutral_pct: s.neutral_reaction_percentage ?? 0,
            sad_pct: s.sad_reaction_percentage ?? 0,
            captured_at: now,
          };
        }),
      ),
    )
  ).filter((r) => r !== null);

  // Today's rows are replaced whole: an article deleted since the last refresh leaves today's snapshot.
  await store.db.transaction().execute(async (trx) => {
    await trx.deleteFrom("article_stats_daily").where("day", "=", day).execute();
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto("article_stats_daily")
        .values(rows.slice(i, i + 500))
        .execute();
  });
  return rows.length;
}
