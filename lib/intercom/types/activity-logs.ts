/** Intercom 2.9 admin activity log. Every field may be missing or null. */

export interface ActivityLog {
  id: string;
  performed_by?: { type?: string | null; id?: string | null; email?: string | null; ip?: string | null } | null;
  metadata?: Record<string, unknown> | null;
  created_at?: number | null;
  activity_type?: string | null;
  activity_description?: string | null;
}

export interface ActivityLogList {
  type: "activity_log.list";
  pages?: {
    type?: "pages";
    page?: number | null;
    per_page?: number | null;
    total_pages?: number | null;
    next?: { per_page?: number | null; starting_after?: string | null } | null;
  } | null;
  activity_logs?: ActivityLog[] | null;
}
