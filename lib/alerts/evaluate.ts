import { zonedParts } from "../audit/zoned";
import type { AlertRule } from "./rules";

/** What rules look at: an archived activity-log entry. */
export interface AlertEntry {
  id: string;
  seq: number;
  created_at: number;
  activity_type: string;
  admin_id: string | null;
  admin_email: string | null;
  admin_ip: string | null;
  description: string | null;
}

export interface AlertMatch {
  ruleId: string;
  /** The entry that completed the match; (ruleId, entryId) is what makes a match unique. */
  entryId: string;
  at: number;
  summary: string;
}

export interface EvaluationInput {
  rules: readonly AlertRule[];
  /** The entries under watch, in archive order (seq ascending). */
  entries: readonly AlertEntry[];
  /** IPs each teammate used before the first of `entries`. */
  knownIps: ReadonlyMap<string, ReadonlySet<string>>;
  timeZone: string;
}

export const SIGN_IN = "admin_login_success";
export const FAILED_SIGN_IN = "admin_login_failure";

function who(e: AlertEntry): string {
  return e.admin_email ?? e.admin_id ?? "an unknown teammate";
}

function line(e: AlertEntry): string {
  return e.description ?? `${who(e)}: ${e.activity_type}`;
}

/**
 * Every match of every rule over the entries. Deterministic: the same entries always give the same
 * matches, so evaluating again after a re-sync finds nothing new and the store's unique
 * (rule, entry) key keeps each match recorded once.
 */
export function evaluate({ rules, entries, knownIps, timeZone }: EvaluationInput): AlertMatch[] {
  const matches: AlertMatch[] = [];
  const zoned = zonedParts(timeZone);
  const ips = new Map<string, Set<string>>([...knownIps].map(([k, v]) => [k, new Set(v)]));
  const newIp = new Set<string>();
  // IPs are learned in archive order, so "new" means new at the time of the sign-in.
  for (const e of entries) {
    if (!e.admin_id || !e.admin_ip) continue;
    const seen = ips.get(e.admin_id);
    if (!seen) {
      ips.set(e.admin_id, new Set([e.admin_ip]));
      continue;
    }
    // A teammate with no history has no baseline to be new against.
    if (e.activity_type === SIGN_IN && !seen.has(e.admin_ip)) newIp.add(e.id);
    seen.add(e.admin_ip);
  }

  for (const rule of rules) {
    const add = (e: AlertEntry, summary: string) => matches.push({ ruleId: rule.id, entryId: e.id, at: e.created_at, summary });
    switch (rule.kind) {
      case "activity_type":
        for (const e of entries) if (rule.types.includes(e.activity_type)) add(e, line(e));
        break;
      case "teammate":
        for (const e of entries) if ((e.admin_id && rule.teammates.includes(e.admin_id)) || (e.admin_email && rule.teammates.includes(e.admin_email))) add(e, line(e));
        break;
      case "new_ip_sign_in":
        for (const e of entries) if (newIp.has(e.id)) add(e, `${who(e)} signed in from a new IP address, ${e.admin_ip}.`);
        break;
      case "outside_office_hours":
        for (const e of entries) {
          if (rule.types && !rule.types.includes(e.activity_type)) continue;
          const p = zoned(e.created_at);
          const day = (p.weekday + 1) % 7; // zonedParts counts from Monday; rules from Sunday like Date.getDay
          const inside = rule.days.includes(day) && p.hour >= rule.startHour && p.hour < rule.endHour;
          if (!inside) add(e, `Outside office hours (${p.day} ${String(p.hour).padStart(2, "0")}:xx ${timeZone}): ${line(e)}`);
        }
        break;
      case "failed_sign_ins": {
        const windowSeconds = rule.minutes * 60;
        const recent = new Map<string, number[]>();
        const lastFired = new Map<string, number>();
        for (const e of entries) {
          if (e.activity_type !== FAILED_SIGN_IN) continue;
          const key = e.admin_id ?? e.admin_email ?? e.admin_ip ?? "unknown";
          const times = (recent.get(key) ?? []).filter((t) => t > e.created_at - windowSeconds);
          times.push(e.created_at);
          recent.set(key, times);
          // One alert per burst: the window must clear before the same teammate can fire again.
          const fired = lastFired.get(key);
          if (times.length >= rule.count && (fired === undefined || e.created_at - fired >= windowSeconds)) {
            lastFired.set(key, e.created_at);
            add(e, `${times.length} failed sign-ins for ${who(e)} within ${rule.minutes} minutes (latest from ${e.admin_ip ?? "an unknown IP"}).`);
          }
        }
        break;
      }
    }
  }
  return matches.sort((a, b) => a.at - b.at || a.ruleId.localeCompare(b.ruleId));
}
