import type { ActivityLog } from "@/lib/intercom/types/activity-logs";

/** Builds activity-log entries for unit tests; newest first like Intercom. */
export function entry(id: string, at: number, type: string, admin = "1", ip = "203.0.113.10", description = `${type} by ${admin}`, metadata: Record<string, unknown> | null = null): ActivityLog {
  return { id, created_at: at, activity_type: type, activity_description: description, metadata, performed_by: { type: "admin", id: admin, email: `admin${admin}@example.com`, ip } };
}
