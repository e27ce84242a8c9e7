import { METRICS, NONE, type ConversationFact, type MetricKey } from "./facts";
import { spread, type Spread } from "./stats";
import { weekStart } from "./stats";

export const GROUPINGS = ["week", "team", "admin", "tag"] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface ResponseGroup {
  /** yyyy-mm-dd week start, a team, teammate or tag id, or "none". */
  key: string;
  conversations: number;
  metrics: Record<MetricKey, Spread>;
  /** Conversations reopened at least once, and reopens in all. */
  reopened: number;
  reopens: number;
}

function keysOf(fact: ConversationFact, by: Grouping): string[] {
  switch (by) {
    case "week":
      return [weekStart(fact.created_at)];
    case "team":
      return [fact.team_id ?? NONE];
    case "admin":
      return [fact.admin_id ?? NONE];
    case "tag":
      // A conversation with several tags counts once under each of them.
      return fact.tag_ids.length ? fact.tag_ids : [NONE];
  }
}

/** p50/p90 of each timing and the reopen counts per group; weeks in time order, other groups largest first. */
export function responseTimes(facts: readonly ConversationFact[], by: Grouping): ResponseGroup[] {
  const groups = new Map<string, ConversationFact[]>();
  for (const f of facts) {
    for (const key of keysOf(f, by)) {
      const list = groups.get(key);
      if (list) list.push(f);
      else groups.set(key, [f]);
    }
  }
  const result = [...groups].map(([key, rows]) => ({
    key,
    conversations: rows.length,
    metrics: Object.fromEntries(METRICS.map((m) => [m.key, spread(rows.map((r) => r[m.key]))])) as Record<MetricKey, Spread>,
    reopened: rows.filter((r) => r.count_reopens > 0).length,
    reopens: rows.reduce((sum, r) => sum + r.count_reopens, 0),
  }));
  return by === "week" ? result.sort((a, b) => a.key.localeCompare(b.key)) : result.sort((a, b) => b.conversations - a.conversations || a.key.localeCompare(b.key));
}
