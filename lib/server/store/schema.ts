import type { ColumnType } from "kysely";

/**
 * The store's tables. Times are unix seconds, JSON columns hold JSON text, booleans are 0/1, so the
 * same rows read the same on SQLite and PostgreSQL. No customer content: no contacts, bodies or remarks.
 */

/** An activity-log entry exactly as Intercom sent it, chained to the one stored before it. */
export interface ActivityLogTable {
  id: string;
  /** Insertion order: the order of the hash chain. */
  seq: number;
  created_at: number;
  activity_type: string;
  admin_id: string | null;
  admin_email: string | null;
  admin_ip: string | null;
  description: string | null;
  metadata: string | null;
  /** Canonical JSON of the whole entry. */
  entry: string;
  prev_hash: string;
  hash: string;
}

export interface AdminTable {
  id: string;
  name: string;
  email: string;
  job_title: string | null;
  away_mode_enabled: number;
  away_mode_reassign: number;
  has_inbox_seat: number;
  team_ids: string;
  avatar_url: string | null;
  synced_at: number;
}

export interface TeamTable {
  id: string;
  name: string;
  admin_ids: string;
  synced_at: number;
}

export interface TagTable {
  id: string;
  name: string;
  synced_at: number;
}

/** An article's all-time totals as Intercom reported them on one UTC day. */
export interface ArticleStatsDailyTable {
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
  captured_at: number;
}

/** What reports need of a conversation: times, owners, tags, statistics, the rating's score and SLA. */
export interface ConversationFactsTable {
  id: string;
  created_at: number;
  updated_at: number;
  state: string;
  team_id: string | null;
  admin_id: string | null;
  tag_ids: string;
  time_to_assignment: number | null;
  time_to_admin_reply: number | null;
  time_to_first_close: number | null;
  time_to_last_close: number | null;
  median_time_to_reply: number | null;
  first_admin_reply_at: number | null;
  first_close_at: number | null;
  last_close_at: number | null;
  count_reopens: number;
  count_assignments: number;
  count_parts: number;
  rating: number | null;
  rating_created_at: number | null;
  rating_admin_id: string | null;
  sla_name: string | null;
  sla_status: string | null;
  synced_at: number;
}

export type SyncStream = "activity_logs" | "conversations" | "articles" | "admins";

export interface SyncStateTable {
  stream: string;
  /** Newest time fully synced. */
  watermark: number | null;
  /** Oldest time the backfill has reached. */
  backfill_cursor: number | null;
  backfill_done: ColumnType<number, number | undefined, number>;
  last_run_at: number | null;
  last_success_at: number | null;
  last_error: string | null;
  rows_total: ColumnType<number, number | undefined, number>;
  detail: string | null;
}

export interface SyncLockTable {
  name: string;
  holder: string;
  expires_at: number;
}

/** One alert rule matching one activity-log entry; `delivery` is pending, delivered, failed or off (no webhook). */
export interface AlertMatchTable {
  rule_id: string;
  entry_id: string;
  at: number;
  summary: string;
  recorded_at: number;
  delivery: string;
}

/** One attempt to deliver a match to the webhook. */
export interface AlertDeliveryTable {
  id: string;
  rule_id: string;
  entry_id: string;
  attempt: number;
  at: number;
  ok: number;
  http_status: number | null;
  error: string | null;
}

export interface StoreSchema {
  activity_log: ActivityLogTable;
  admins: AdminTable;
  teams: TeamTable;
  tags: TagTable;
  article_stats_daily: ArticleStatsDailyTable;
  conversation_facts: ConversationFactsTable;
  sync_state: SyncStateTable;
  sync_lock: SyncLockTable;
  alert_matches: AlertMatchTable;
  alert_deliveries: AlertDeliveryTable;
}
