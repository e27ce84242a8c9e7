import { dayStart } from "./stats";

/** One article's all-time totals on one day, as the daily snapshot stored them. */
export interface ArticleSnapshot {
  article_id: string;
  day: string;
  title: string;
  views: number;
  conversions: number;
  reactions: number;
  sad_pct: number;
}

export interface DailyChange {
  day: string;
  views: number;
  conversions: number;
  reactions: number;
  /** Days since the previous snapshot: more than 1 when snapshots were missed. */
  span: number;
}

const TOTALS = ["views", "conversions", "reactions"] as const;

/**
 * Per-day numbers from all-time totals: each snapshot minus the one before it, credited to the
 * later day. A total that went down (Intercom recounted) counts as 0, not as negative views.
 */
export function dailyChanges(snapshots: readonly ArticleSnapshot[]): DailyChange[] {
  const sorted = [...snapshots].sort((a, b) => a.day.localeCompare(b.day));
  const changes: DailyChange[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    const change = { day: cur.day, span: Math.round((dayStart(cur.day) - dayStart(prev.day)) / 86_400) } as DailyChange;
    for (const k of TOTALS) change[k] = Math.max(0, cur[k] - prev[k]);
    changes.push(change);
  }
  return changes;
}

/** The workspace's daily changes: every article's changes summed per day. */
export function workspaceDaily(byArticle: ReadonlyMap<string, readonly ArticleSnapshot[]>): DailyChange[] {
  const days = new Map<string, DailyChange>();
  for (const snaps of byArticle.values()) {
    for (const c of dailyChanges(snaps)) {
      const d = days.get(c.day) ?? { day: c.day, views: 0, conversions: 0, reactions: 0, span: c.span };
      for (const k of TOTALS) d[k] += c[k];
      d.span = Math.max(d.span, c.span);
      days.set(c.day, d);
    }
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

export interface ArticleTrend {
  article_id: string;
  title: string;
  /** Views in the 7 days up to the newest snapshot, and in the 7 days before those. */
  views7: number;
  viewsPrev7: number;
  /** Sad share (percentage points) now and 7 days earlier. */
  sadNow: number;
  sadBefore: number;
}

/** The newest snapshot on or before `day`. */
function atOrBefore(sorted: readonly ArticleSnapshot[], day: string): ArticleSnapshot | undefined {
  let found: ArticleSnapshot | undefined;
  for (const s of sorted) if (s.day <= day) found = s;
  return found;
}

function shiftDay(day: string, days: number): string {
  return new Date((dayStart(day) + days * 86_400) * 1000).toISOString().slice(0, 10);
}

/** Last 7 days against the 7 before, for an article with snapshots reaching back at least 7 days. */
export function articleTrend(snapshots: readonly ArticleSnapshot[]): ArticleTrend | null {
  const sorted = [...snapshots].sort((a, b) => a.day.localeCompare(b.day));
  const last = sorted.at(-1);
  if (!last) return null;
  const weekAgo = atOrBefore(sorted, shiftDay(last.day, -7));
  if (!weekAgo) return null;
  const twoWeeksAgo = atOrBefore(sorted, shiftDay(last.day, -14));
  return {
    article_id: last.article_id,
    title: last.title,
    views7: Math.max(0, last.views - weekAgo.views),
    viewsPrev7: twoWeeksAgo ? Math.max(0, weekAgo.views - twoWeeksAgo.views) : 0,
    sadNow: last.sad_pct,
    sadBefore: weekAgo.sad_pct,
  };
}

/** Biggest change in weekly views, either way. */
export function movers(trends: readonly ArticleTrend[], limit = 10): ArticleTrend[] {
  return [...trends].sort((a, b) => Math.abs(b.views7 - b.viewsPrev7) - Math.abs(a.views7 - a.viewsPrev7) || a.title.localeCompare(b.title)).slice(0, limit);
}

/** Views fell by a quarter or more, from a week with at least `minViews`. */
export function fallingViews(trends: readonly ArticleTrend[], minViews = 20): ArticleTrend[] {
  return trends.filter((t) => t.viewsPrev7 >= minViews && t.views7 <= t.viewsPrev7 * 0.75).sort((a, b) => a.views7 / a.viewsPrev7 - b.views7 / b.viewsPrev7);
}

/** Sad share up by at least `points` percentage points over the week. */
export function risingSadness(trends: readonly ArticleTrend[], points = 5): ArticleTrend[] {
  return trends.filter((t) => t.sadNow - t.sadBefore >= points).sort((a, b) => b.sadNow - b.sadBefore - (a.sadNow - a.sadBefore));
}

/** Whole days between the oldest and newest snapshot: under 2 and the charts have too little to show. */
export function historyDays(days: readonly string[]): number {
  if (days.length === 0) return 0;
  const sorted = [...days].sort();
  return Math.round((dayStart(sorted.at(-1)!) - dayStart(sorted[0]!)) / 86_400) + 1;
}
