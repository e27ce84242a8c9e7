import { articleAt, articleStatistics } from "./articles";
import type { FakeWorkspace } from "./context";
import { DAY } from "./context";
import { rngFor } from "../random";

/**
 * Past daily snapshots of the demo's article statistics, so the article history has shape before
 * Lens has watched for weeks: today's totals are the fake's own, and earlier totals walk back by a
 * day's views at a time. Some articles fade, some grow, and the troubled ones (one in eight) grew
 * sadder this week.
 */

export interface ArticleDaySnapshot {
  article_id: string;
  day: string;
  title: string;
  state: string;
  views: number;
  conversions: number;
  reactions: number;
  happy_pct: number;
  neutral_pct: number;
  sad_pct: number;
}

function trend(index: number, daysAgo: number, span: number): number {
  const x = daysAgo / span; // 0 today, towards 1 in the past
  if (index % 6 === 1) return 0.4 + 1.4 * x; // fading: used to be read far more
  if (index % 6 === 2) return 1.6 - 1.2 * x; // growing
  return 1;
}

/** `days` snapshots of article `index`, newest (today) first. */
export function articleHistory(ws: FakeWorkspace, index: number, days: number): ArticleDaySnapshot[] {
  const article = articleAt(ws, index);
  const today = articleStatistics(index, article.state);
  const rng = rngFor("article-history", index);
  const perDay = today.views / 400;
  const troubled = index % 8 === 5 && today.reactions > 0;
  const out: ArticleDaySnapshot[] = [];
  let views = today.views;
  for (let d = 0; d < days; d++) {
    const ratio = today.views > 0 ? views / today.views : 0;
    const sad = troubled && d >= 7 ? Math.max(0, today.sad_reaction_percentage - 12) : today.sad_reaction_percentage;
    const shift = today.sad_reaction_percentage - sad;
    out.push({
      article_id: article.id,
      day: new Date((ws.now - d * DAY) * 1000).toISOString().slice(0, 10),
      title: article.title,
      state: article.state,
      views,
      conversions: Math.round(today.conversions * ratio),
      reactions: Math.round(today.reactions * ratio),
      happy_pct: Math.round((today.happy_reaction_percentage + shift) * 10) / 10,
      neutral_pct: today.neutral_reaction_percentage,
      sad_pct: sad,
    });
    const weekday = new Date((ws.now - d * DAY) * 1000).getUTCDay();
    const daily = perDay * trend(index, d, days) * (weekday === 0 || weekday === 6 ? 0.45 : 1) * (0.7 + rng() * 0.6);
    views = Math.max(0, Math.round(views - daily));
  }
  return out;
}
