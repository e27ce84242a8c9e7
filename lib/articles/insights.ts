import type { InsightArticle } from "./insights-types";
import { readStatistics, type ArticleNumbers } from "./statistics";

/** Turns the per-article statistics into what the insights charts and table show. */

export interface InsightRow extends ArticleNumbers {
  id: string;
  title: string;
  state: string | null;
  url: string | null;
  authorId: string | null;
  updatedAt: number | null;
}

export interface InsightTotals {
  articles: number;
  views: number;
  conversions: number;
  reactions: number;
  /** Conversations started per view over every article. */
  conversionRate: number | null;
  /** Reaction shares over every reaction, weighted by each article's reaction count. */
  happy: number | null;
  neutral: number | null;
  sad: number | null;
}

/** An article needs this many views before its conversion rate means anything. */
export const MIN_VIEWS_FOR_RATE = 100;
/** …and this many reactions before its reaction mix does. */
export const MIN_REACTIONS_FOR_MIX = 10;
/** "High traffic, low satisfaction": views in the top quarter and at least this share of sad reactions. */
export const LOW_SATISFACTION_SAD_SHARE = 30;

export function toRows(articles: readonly InsightArticle[]): InsightRow[] {
  return articles.map((a) => ({
    id: a.id,
    title: a.title?.trim() || `Article ${a.id}`,
    state: a.state,
    url: a.url,
    authorId: a.author_id,
    updatedAt: a.updated_at,
    ...(readStatistics(a.statistics) ?? { views: null, conversions: null, reactions: null, happy: null, neutral: null, sad: null, conversionRate: null }),
  }));
}

export function totals(rows: readonly InsightRow[]): InsightTotals {
  let views = 0;
  let conversions = 0;
  let reactions = 0;
  let happy = 0;
  let neutral = 0;
  let sad = 0;
  let weighted = 0;
  for (const r of rows) {
    views += r.views ?? 0;
    conversions += r.conversions ?? 0;
    reactions += r.reactions ?? 0;
    if (r.reactions && r.happy !== null && r.neutral !== null && r.sad !== null) {
      happy += (r.happy * r.reactions) / 100;
      neutral += (r.neutral * r.reactions) / 100;
      sad += (r.sad * r.reactions) / 100;
      weighted += r.reactions;
    }
  }
  const share = (n: number) => (weighted > 0 ? (n / weighted) * 100 : null);
  return { articles: rows.length, views, conversions, reactions, conversionRate: views > 0 ? conversions / views : null, happy: share(happy), neutral: share(neutral), sad: share(sad) };
}

const byDesc = (pick: (r: InsightRow) => number | null) => (a: InsightRow, b: InsightRow) => (pick(b) ?? -1) - (pick(a) ?? -1) || a.title.localeCompare(b.title);

export function topByViews(rows: readonly InsightRow[], n = 10): InsightRow[] {
  return rows
    .filter((r) => (r.views ?? 0) > 0)
    .sort(byDesc((r) => r.views))
    .slice(0, n);
}

export function topByConversionRate(rows: readonly InsightRow[], n = 10): InsightRow[] {
  return rows
    .filter((r) => (r.views ?? 0) >= MIN_VIEWS_FOR_RATE && r.conversionRate !== null)
    .sort(byDesc((r) => r.conversionRate))
    .slice(0, n);
}

/** The most reacted-to articles, for the stacked happy / neutral / sad bars. */
export function reactionMix(rows: readonly InsightRow[], n = 12): InsightRow[] {
  return rows
    .filter((r) => (r.reactions ?? 0) >= MIN_REACTIONS_FOR_MIX && r.sad !== null)
    .sort(byDesc((r) => r.reactions))
    .slice(0, n);
}

/** Points for views against sad share: only articles whose mix is meaningful. */
export function satisfactionPoints(rows: readonly InsightRow[]): InsightRow[] {
  return rows.filter((r) => (r.views ?? 0) > 0 && (r.reactions ?? 0) >= MIN_REACTIONS_FOR_MIX && r.sad !== null);
}

/** The views an article needs to be in the top quarter of viewed articles. */
export function highTrafficThreshold(rows: readonly InsightRow[]): number | null {
  const views = rows
    .map((r) => r.views ?? 0)
    .filter((v) => v > 0)
    .sort((a, b) => a - b);
  if (views.length === 0) return null;
  return views[Math.floor(views.length * 0.75)] ?? views[views.length - 1]!;
}

/** Articles many people read and many dislike: most sad readers first. */
export function highTrafficLowSatisfaction(rows: readonly InsightRow[]): InsightRow[] {
  const threshold = highTrafficThreshold(rows);
  if (threshold === null) return [];
  return satisfactionPoints(rows)
    .filter((r) => (r.views ?? 0) >= threshold && (r.sad ?? 0) >= LOW_SATISFACTION_SAD_SHARE)
    .sort(byDesc((r) => ((r.views ?? 0) * (r.sad ?? 0)) / 100));
}

export type SortKey = "title" | "state" | "views" | "conversions" | "conversionRate" | "reactions" | "happy" | "neutral" | "sad" | "updatedAt";

/** Sorts for the table; articles without a number always sink to the bottom. */
export function sortRows(rows: readonly InsightRow[], key: SortKey, dir: "asc" | "desc"): InsightRow[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === y) return a.title.localeCompare(b.title);
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    return sign * (typeof x === "string" && typeof y === "string" ? x.localeCompare(y) : Number(x) - Number(y));
  });
}
