import type { Kysely } from "kysely";

/**
 * The audit page's GROUP BYs read a year of entries at a time: indexes holding every column they
 * touch let both dialects answer from the index alone, with no row lookup per entry. The first
 * serves the range scans (charts, totals); the second the new-IP scan, already in (teammate, IP)
 * order; the third the teammates' counts and emails, in teammate order. Only the text filter and the table's pages still read the rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex("activity_log_audit_cover").on("activity_log").columns(["created_at", "activity_type", "admin_id", "admin_ip", "admin_email", "id"]).execute();
  await db.schema.createIndex("activity_log_admin_ip").on("activity_log").columns(["admin_id", "admin_ip", "created_at", "activity_type", "id"]).execute();
  await db.schema.createIndex("activity_log_admin_email").on("activity_log").columns(["admin_id", "created_at", "admin_email"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("activity_log_admin_email").execute();
  await db.schema.dropIndex("activity_log_admin_ip").execute();
  await db.schema.dropIndex("activity_log_audit_cover").execute();
}
