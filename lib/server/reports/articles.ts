import "server-only";
import { articleTrend, dailyChanges, fallingViews, historyDays, movers, risingSadness, workspaceDaily, type ArticleSnapshot, type ArticleTrend, type DailyChange } from "@/lib/reports/article-history";
import { dayKey } from "@/lib/reports/stats";
import type { Store } from "@/lib/server/store";

/** How far back the history pages read. */
const WINDOW_DAYS = 60;

export interface ArticleHistoryReport {
  historyDays: number;
  daily: DailyChange[];
  movers: ArticleTrend[];
  falling: ArticleTrend[];
  sadder: ArticleTrend[];
  /** Per-article numbers of the day asked for: the rows behind a day's bar. */
  dayRows: (DailyChange & { article_id: string; title: string })[];
}

export interface ArticleSeries {
  historyDays: number;
  title: string | null;
  daily: DailyChange[];
  sad: { day: string; sad_pct: number }[];
}

function since(now: number): string {
  return dayKey(now - WINDOW_DAYS * 86_400);
}

export async function articleHistoryReport(store: Store, day: string | null, now = Math.floor(Date.now() / 1000)): Promise<ArticleHistoryReport> {
  const rows: ArticleSnapshot[] = await store.db
    .selectFrom("article_stats_daily")
    .select(["article_id", "day", "title", "views", "conversions", "reactions", "sad_pct"])
    .where("day", ">=", since(now))
    .execute();
  const byArticle = new Map<string, ArticleSnapshot[]>();
  for (const r of rows) {
    const list = byArticle.get(r.article_id);
    if (list) list.push(r);
    else byArticle.set(r.article_id, [r]);
  }
  const trends = [...byArticle.values()].map(articleTrend).filter((t): t is ArticleTrend => t !== null);
  return {
    historyDays: historyDays([...new Set(rows.map((r) => r.day))]),
    daily: workspaceDaily(byArticle),
    movers: movers(trends),
    falling: fallingViews(trends).slice(0, 20),
    sadder: risingSadness(trends).slice(0, 20),
    dayRows: day
      ? [...byArticle.values()]
          .flatMap((snaps) => {
            const change = dailyChanges(snaps).find((c) => c.day === day);
            return change ? [{ ...change, article_id: snaps[0]!.article_id, title: snaps.at(-1)!.title }] : [];
          })
          .sort((a, b) => b.views - a.views)
      : [],
  };
}

export async function articleSeries(store: Store, articleId: string, now = Math.floor(Date.now() / 1000)): Promise<ArticleSeries> {
  const rows = await store.db
    .selectFrom("article_stats_daily")
    .select(["article_id", "day", "title", "views", "conversions", "reactions", "sad_pct"])
    .where("article_id", "=", articleId)
    .where("day", ">=", since(now))
    .orderBy("day")
    .execute();
  return {
    historyDays: historyDays(rows.map((r) => r.day)),
    title: rows.at(-1)?.title ?? null,
    daily: dailyChanges(rows),
    sad: rows.map((r) => ({ day: r.day, sad_pct: r.sad_pct })),
  };
}
