import { NONE } from "./facts";
import { weekStart } from "./stats";

/**
 * A rated conversation. Ratings are grouped by the conversation's creation week, team and assignee,
 * the same keys the ledger filters on, so every bar drills down to exactly its conversations.
 */
export interface RatedFact {
  id: string;
  created_at: number;
  rating: number;
  rating_created_at: number;
  team_id: string | null;
  admin_id: string | null;
}

export interface RatingGroup {
  key: string;
  count: number;
  average: number;
  /** Ratings of 1 or 2. */
  low: number;
}

/** Count of each score 1–5. */
export function distribution(rows: readonly RatedFact[]): { rating: number; count: number }[] {
  const counts = [0, 0, 0, 0, 0];
  for (const r of rows) if (r.rating >= 1 && r.rating <= 5) counts[r.rating - 1]!++;
  return counts.map((count, i) => ({ rating: i + 1, count }));
}

/** Average and low-rating count per week (of the conversation's creation), team or teammate. */
export function ratingGroups(rows: readonly RatedFact[], by: "week" | "team" | "admin"): RatingGroup[] {
  const groups = new Map<string, { sum: number; count: number; low: number }>();
  for (const r of rows) {
    const key = by === "week" ? weekStart(r.created_at) : ((by === "team" ? r.team_id : r.admin_id) ?? NONE);
    const g = groups.get(key) ?? { sum: 0, count: 0, low: 0 };
    g.sum += r.rating;
    g.count++;
    if (r.rating <= 2) g.low++;
    groups.set(key, g);
  }
  const result = [...groups].map(([key, g]) => ({ key, count: g.count, average: Math.round((g.sum / g.count) * 100) / 100, low: g.low }));
  return by === "week" ? result.sort((a, b) => a.key.localeCompare(b.key)) : result.sort((a, b) => a.average - b.average || b.count - a.count);
}
