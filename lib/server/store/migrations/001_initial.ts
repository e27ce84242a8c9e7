import type { Kysely } from "kysely";

// Column types both dialects read alike: bigint for seconds, double precision for shares.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("activity_log")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("seq", "bigint", (c) => c.notNull().unique())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("activity_type", "text", (c) => c.notNull())
    .addColumn("admin_id", "text")
    .addColumn("admin_email", "text")
    .addColumn("admin_ip", "text")
    .addColumn("description", "text")
    .addColumn("metadata", "text")
    .addColumn("entry", "text", (c) => c.notNull())
    .addColumn("prev_hash", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("activity_log_created_at").on("activity_log").columns(["created_at"]).execute();
  await db.schema.createIndex("activity_log_type_created_at").on("activity_log").columns(["activity_type", "created_at"]).execute();
  await db.schema.createIndex("activity_log_admin_created_at").on("activity_log").columns(["admin_id", "created_at"]).execute();

  await db.schema
    .createTable("admins")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("job_title", "text")
    .addColumn("away_mode_enabled", "integer", (c) => c.notNull())
    .addColumn("away_mode_reassign", "integer", (c) => c.notNull())
    .addColumn("has_inbox_seat", "integer", (c) => c.notNull())
    .addColumn("team_ids", "text", (c) => c.notNull())
    .addColumn("avatar_url", "text")
    .addColumn("synced_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("teams")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("admin_ids", "text", (c) => c.notNull())
    .addColumn("synced_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("tags")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("synced_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("article_stats_daily")
    .addColumn("article_id", "text", (c) => c.notNull())
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("views", "bigint", (c) => c.notNull())
    .addColumn("conversions", "bigint", (c) => c.notNull())
    .addColumn("reactions", "bigint", (c) => c.notNull())
    .addColumn("happy_pct", "double precision", (c) => c.notNull())
    .addColumn("neutral_pct", "double precision", (c) => c.notNull())
    .addColumn("sad_pct", "double precision", (c) => c.notNull())
    .addColumn("captured_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("article_stats_daily_pk", ["article_id", "day"])
    .execute();
  await db.schema.createIndex("article_stats_daily_day").on("article_stats_daily").columns(["day"]).execute();

  await db.schema
    .createTable("conversation_facts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("team_id", "text")
    .addColumn("admin_id", "text")
    .addColumn("tag_ids", "text", (c) => c.notNull())
    .addColumn("time_to_assignment", "bigint")
    .addColumn("time_to_admin_reply", "bigint")
    .addColumn("time_to_first_close", "bigint")
    .addColumn("time_to_last_close", "bigint")
    .addColumn("median_time_to_reply", "bigint")
    .addColumn("first_admin_reply_at", "bigint")
    .addColumn("first_close_at", "bigint")
    .addColumn("last_close_at", "bigint")
    .addColumn("count_reopens", "integer", (c) => c.notNull())
    .addColumn("count_assignments", "integer", (c) => c.notNull())
    .addColumn("count_parts", "integer", (c) => c.notNull())
    .addColumn("rating", "integer")
    .addColumn("rating_created_at", "bigint")
    .addColumn("rating_admin_id", "text")
    .addColumn("sla_name", "text")
    .addColumn("sla_status", "text")
    .addColumn("synced_at", "bigint", (c) => c.notNull())
    .execute();
  for (const cols of [["created_at"], ["updated_at"], ["team_id", "created_at"], ["admin_id", "created_at"], ["rating", "created_at"]]) {
    await db.schema
      .createIndex(`conversation_facts_${cols.join("_")}`)
      .on("conversation_facts")
      .columns(cols)
      .execute();
  }

  await db.schema
    .createTable("sync_state")
    .addColumn("stream", "text", (c) => c.primaryKey())
    .addColumn("watermark", "bigint")
    .addColumn("backfill_cursor", "bigint")
    .addColumn("backfill_done", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_run_at", "bigint")
    .addColumn("last_success_at", "bigint")
    .addColumn("last_error", "text")
    .addColumn("rows_total", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("detail", "text")
    .execute();

  await db.schema
    .createTable("sync_lock")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("holder", "text", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .execute();
}
