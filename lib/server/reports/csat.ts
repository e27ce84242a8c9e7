import "server-only";
import { distribution, ratingGroups, type RatedFact } from "@/lib/reports/csat";
import { rangeBounds, type LedgerFilter } from "@/lib/reports/ledger-filter";
import type { Store } from "@/lib/server/store";

const LOW_QUEUE = 200;

/** Ratings given within the filter's days (by when they were given), with the low-rating queue. */
export async function csatReport(store: Store, filter: Pick<LedgerFilter, "from" | "to" | "team" | "admin">) {
  const { start, end } = rangeBounds(filter);
  let q = store.db
    .selectFrom("conversation_facts")
    .select(["id", "rating", "rating_created_at", "team_id", "admin_id", "rating_admin_id"])
    .where("rating", "is not", null)
    .where("rating_created_at", "is not", null);
  if (start !== null) q = q.where("rating_created_at", ">=", start);
  if (end !== null) q = q.where("rating_created_at", "<", end);
  if (filter.team) q = q.where("team_id", "=", filter.team);
  if (filter.admin) q = q.where((eb) => eb.or([eb("rating_admin_id", "=", filter.admin), eb.and([eb("rating_admin_id", "is", null), eb("admin_id", "=", filter.admin)])]));
  const rows: RatedFact[] = (await q.execute()).map((r) => ({ id: r.id, rating: r.rating!, rating_created_at: r.rating_created_at!, team_id: r.team_id, admin_id: r.rating_admin_id ?? r.admin_id }));
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
