import type { ActivityLog } from "@/lib/intercom/types/activity-logs";
import { categoryOf, isSensitiveType, type CategoryId } from "./categories";
import type { Zoned } from "./zoned";

/** One activity-log entry, shaped once for filtering, charting and export. */
export interface AuditRow {
  id: string;
  at: number;
  adminId: string | null;
  email: string | null;
  ip: string | null;
  type: string;
  category: CategoryId;
  description: string;
  metadata: Record<string, unknown> | null;
  sensitive: boolean;
  /** A successful sign-in from an IP this teammate had not used earlier in the range. */
  newIp: boolean;
  day: string;
  hour: number;
  weekday: number;
}

const SIGN_IN = "admin_login_success";

/**
 * Shapes the entries (newest first, as Intercom returns them) and flags each teammate's first sign-in
 * from a new IP. The baseline is the teammate's earlier activity in the same range, so their first
 * entry in the range is never flagged; failed sign-ins never vouch for an IP.
 */
function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  map.set(key, value);
  return value;
}

export function toRows(entries: readonly ActivityLog[], zoned: Zoned, earlierIps?: ReadonlyMap<string, ReadonlySet<string>>): AuditRow[] {
  const rows: AuditRow[] = new Array(entries.length);
  // IPs each teammate used earlier in the range but outside these entries (the stored part of a range read partly live).
  const knownIps = new Map<string, Set<string>>([...(earlierIps ?? [])].map(([admin, ips]) => [admin, new Set(ips)]));
  const categories = new Map<string, CategoryId>();
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    const at = e.created_at ?? 0;
    const type = e.activity_type ?? "unknown";
    const adminId = e.performed_by?.id ?? null;
    const ip = e.performed_by?.ip ?? null;
    const parts = zoned(at);
    let newIp = false;
    if (adminId && ip && type !== "admin_login_failure") {
      const seen = knownIps.get(adminId);
      if (type === SIGN_IN && seen && seen.size > 0 && !seen.has(ip)) newIp = true;
      if (seen) seen.add(ip);
      else knownIps.set(adminId, new Set([ip]));
    }
    const description = e.activity_description ?? "";
    rows[i] = {
      id: e.id,
      at,
      adminId,
      email: e.performed_by?.email ?? null,
      ip,
      type,
      category: categories.get(type) ?? remember(categories, type, categoryOf(type)),
      description,
      metadata: e.metadata && typeof e.metadata === "object" ? e.metadata : null,
      sensitive: isSensitiveType(type) || newIp,
      newIp,
      day: parts.day,
      hour: parts.hour,
      weekday: parts.weekday,
    };
  }
  return rows;
}
