import type { Kysely } from "kysely";

// Alert matches are keyed by (rule, entry) so a re-sync can never record the same match twice.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("alert_matches")
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("entry_id", "text", (c) => c.notNull())
    .addColumn("at", "bigint", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("recorded_at", "bigint", (c) => c.notNull())
    .addColumn("delivery", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("alert_matches_pk", ["rule_id", "entry_id"])
    .execute();
  await db.schema.createIndex("alert_matches_recorded_at").on("alert_matches").columns(["recorded_at"]).execute();

  await db.schema
    .createTable("alert_deliveries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("entry_id", "text", (c) => c.notNull())
    .addColumn("attempt", "integer", (c) => c.notNull())
    .addColumn("at", "bigint", (c) => c.notNull())
    .addColumn("ok", "integer", (c) => c.notNull())
    .addColumn("http_status", "integer")
    .addColumn("error", "text")
    .execute();
  await db.schema.createIndex("alert_deliveries_at").on("alert_deliveries").columns(["at"]).execute();
}
