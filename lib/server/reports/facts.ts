import "server-only";
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from "kysely";
import type { ConversationFact } from "@/lib/reports/facts";
import { NONE } from "@/lib/reports/facts";
import { rangeBounds, type LedgerFilter, type LedgerSort } from "@/lib/reports/ledger-filter";
import type { StoreSchema } from "@/lib/server/store";
import type { Store } from "@/lib/server/store";

type FactsQuery<O> = SelectQueryBuilder<StoreSchema, "conversation_facts", O>;

const FACT_COLUMNS = [
  "id",
  "created_at",
  "state",
  "team_id",
  "admin_id",
  "tag_ids",
  "time_to_assignment",
  "time_to_admin_reply",
  "time_to_first_close",
  "time_to_last_close",
  "median_time_to_reply",
  "count_reopens",
  "rating",
  "rating_created_at",
  "rating_admin_id",
  "sla_name",
  "sla_status",
] as const;

/** The ledger's filters as SQL, the same on SQLite and PostgreSQL. */
export function whereFilter<O>(q: FactsQuery<O>, f: LedgerFilter): FactsQuery<O> {
  const { start, end } = rangeBounds(f);
  if (start !== null) q = q.where("created_at", ">=", start);
  if (end !== null) q = q.where("created_at", "<", end);
  if (f.team) q = f.team === NONE ? q.where("team_id", "is", null) : q.where("team_id", "=", f.team);
  if (f.admin) q = f.admin === NONE ? q.where("admin_id", "is", null) : q.where("admin_id", "=", f.admin);
  // tag_ids is a JSON array of ids; ids are validated to [A-Za-z0-9_-], so a quoted match is exact.
  if (f.tag) q = f.tag === NONE ? q.where("tag_ids", "=", "[]") : q.where("tag_ids", "like", `%"${f.tag}"%`);
  if (f.state) q = q.where("state", "=", f.state);
  if (f.sla) q = q.where("sla_status", "=", f.sla);
  if (f.ratings.length) q = q.where("rating", "in", f.ratings);
  if (f.reopened) q = q.where("count_reopens", ">", 0);
  return q;
}

function toFact(row: Record<(typeof FACT_COLUMNS)[number], unknown>): ConversationFact {
  return { ...(row as unknown as ConversationFact), tag_ids: JSON.parse(row.tag_ids as string) as string[] };
}

/** Every matching conversation's facts, for the aggregate reports. */
export async function selectFacts(store: Store, filter: LedgerFilter): Promise<ConversationFact[]> {
  const rows = await whereFilter(store.db.selectFrom("conversation_facts").select(FACT_COLUMNS), filter).execute();
  return rows.map(toFact);
}

export async function countFacts(store: Store, filter: LedgerFilter): Promise<number> {
  const row = await whereFilter(
    store.db.selectFrom("conversation_facts").select((eb: ExpressionBuilder<StoreSchema, "conversation_facts">) => eb.fn.countAll<number>().as("n")),
    filter,
  ).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** One page of the ledger, sorted in SQL; missing values sort last either way, then by id for a stable order. */
export async function ledgerPage(store: Store, filter: LedgerFilter, sort: LedgerSort, offset: number, limit: number): Promise<ConversationFact[]> {
  const rows = await whereFilter(store.db.selectFrom("conversation_facts").select(FACT_COLUMNS), filter)
    .orderBy(sql`${sql.ref(sort.column)} is null`)
    .orderBy(sort.column, sort.dir)
    .orderBy("id", sort.dir)
    .offset(offset)
    .limit(limit)
    .execute();
  return rows.map(toFact);
}
