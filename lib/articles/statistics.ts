import type { ArticleStatistics } from "@/lib/intercom/types/content";

/**
 * The one reading of an article's `statistics`, used by the article page and the insights page
 * alike so their numbers always agree. The 2.9 example names conversions `conversations`.
 */

export interface ArticleNumbers {
  views: number | null;
  conversions: number | null;
  reactions: number | null;
  happy: number | null;
  neutral: number | null;
  sad: number | null;
  /** Conversations started per view, 0–1; null without views. */
  conversionRate: number | null;
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

export function readStatistics(stats: ArticleStatistics | null | undefined): ArticleNumbers | null {
  if (!stats) return null;
  const views = num(stats.views);
  const conversions = num(stats.conversions) ?? num(stats.conversations);
  return {
    views,
    conversions,
    reactions: num(stats.reactions),
    happy: num(stats.happy_reaction_percentage),
    neutral: num(stats.neutral_reaction_percentage),
    sad: num(stats.sad_reaction_percentage),
    conversionRate: views !== null && views > 0 && conversions !== null ? conversions / views : null,
  };
}

export function formatPercent(share: number | null | undefined, digits = 1): string {
  return share === null || share === undefined || !Number.isFinite(share) ? "—" : `${share.toFixed(digits)}%`;
}

/** A 0–1 rate as a percentage. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? "—" : formatPercent(rate * 100, rate * 100 < 10 ? 2 : 1);
}
