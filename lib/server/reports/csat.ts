import "server-only";
import { distribution, ratingGroups, type RatedFact } from "@/lib/reports/csat";
import type { LedgerFilter } from "@/lib/reports/ledger-filter";
import type { Store } from "@/lib/server/store";
import { selectFacts } from "./facts";

const LOW_QUEUE = 200;

/** Rated conversations matching the ledger's filters, with the low-rating queue (newest rating first). */
export async function csatReport(store: Store, filter: LedgerFilter) {
  const facts = await selectFacts(store, { ...filter, ratings: filter.ratings.length ? filter.ratings : [1, 2, 3, 4, 5] });
  const rows: RatedFact[] = facts.map((f) => ({
    id: f.id,
    created_at: f.created_at,
    rating: f.rating!,
    rating_created_at: f.rating_created_at ?? f.created_at,
    team_id: f.team_id,
    admin_id: f.admin_id,
  }));
  const low = rows.filter((r) => r.rating <= 2).sort((a, b) => b.rating_created_at - a.rating_created_at);
  return {
    rated: rows.length,
    distribution: distribution(rows),
    weeks: ratingGroups(rows, "week"),
    teams: ratingGroups(rows, "team"),
    admins: ratingGroups(rows, "admin"),
    low: low.slice(0, LOW_QUEUE),
    lowTotal: low.length,
  };
}
