import "server-only";
import { sql } from "kysely";
import { LRUCache } from "lru-cache";
import { cellCounts, periodCounts, teammateCounts, typeCounts } from "@/lib/audit/aggregate";
import { fetchActivityRange, type PageFetcher } from "@/lib/audit/fetch-range";
import { filterRows, type AuditFilters, type Granularity } from "@/lib/audit/filter";
import type { AuditEntry } from "@/lib/audit/query";
import { toRows, type AuditRow } from "@/lib/audit/rows";
import { zonedParts } from "@/lib/audit/zoned";
import { isErrorEnvelope } from "@/lib/intercom/errors";
import { buildPath } from "@/lib/intercom/match";
import type { ActivityLog, ActivityLogList } from "@/lib/intercom/types/activity-logs";
import { callIntercom, parseBody } from "@/lib/server/intercom/client";
import type { Store } from "@/lib/server/store";
import { afterKeyset, type Keyset, type PartCounts } from "./parts";

/**
 * The parts of a range the sync has not reached, read live from Intercom as the page did before
 * the store: sliced walks through callIntercom (cached, coalesced, retried), shaped and counted
 * with the same lib/audit code the store's SQL is tested against.
 */

export class LiveReadError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`Intercom answered ${status} to the activity-log read.`);
    this.name = "LiveReadError";
  }
}

const viaClient: PageFetcher = async (query) => {
  const res = await callIntercom({ path: buildPath("admins.activity_logs", {}, query) });
  const body = parseBody(res);
  if (res.status !== 200) throw new LiveReadError(res.status, isErrorEnvelope(body) ? body : null);
  return body as ActivityLogList;
};

// A page view asks for the summary and the table's first page at once: read the live part once.
const recent = new LRUCache<string, Promise<ActivityLog[]>>({ max: 16, ttl: 60_000 });

export interface LivePart {
  after: number;
  before: number;
  timeZone: string;
  /** The store, when a stored part precedes this one: its IPs are the new-IP baseline. */
  store?: Store;
  storedAfter?: number;
  fetchPage?: PageFetcher;
}

function readLive(part: LivePart): Promise<ActivityLog[]> {
  const key = `${part.after}:${part.before}`;
  let pending = part.fetchPage ? undefined : recent.get(key);
  if (!pending) {
    pending = fetchActivityRange({ after: part.after, before: part.before, fetchPage: part.fetchPage ?? viaClient }).then((logs) =>
      // The table's order: newest first, ties by id descending.
      logs.sort((a, b) => (b.created_at ?? 0) - (a.created_at ?? 0) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)),
    );
    if (!part.fetchPage) {
      recent.set(key, pending);
      pending.catch(() => recent.delete(key));
    }
  }
  return pending;
}

/** Which IPs each teammate used in the stored part before this live part (sign-in failures excepted). */
async function storedIps(part: LivePart): Promise<Map<string, Set<string>> | undefined> {
  if (!part.store || part.storedAfter === undefined) return undefined;
  const { rows } = await sql<{ admin_id: string; admin_ip: string }>`select distinct admin_id, admin_ip from activity_log
    where created_at >= ${sql.lit(part.storedAfter)} and created_at < ${sql.lit(part.after)}
    and admin_id is not null and admin_ip is not null and activity_type <> 'admin_login_failure'`.execute(part.store.db);
  const known = new Map<string, Set<string>>();
  for (const r of rows) {
    const ips = known.get(r.admin_id);
    if (ips) ips.add(r.admin_ip);
    else known.set(r.admin_id, new Set([r.admin_ip]));
  }
  return known;
}

async function liveRows(part: LivePart): Promise<AuditRow[]> {
  const [logs, known] = await Promise.all([readLive(part), storedIps(part)]);
  return toRows(logs, zonedParts(part.timeZone), known);
}

export async function liveCounts(part: LivePart, f: AuditFilters, granularity: Granularity): Promise<PartCounts> {
  const rows = await liveRows(part);
  const matching = filterRows(rows, f, granularity);
  const teammates = new Map<string, string | null>();
  for (const r of rows) if (r.adminId && !teammates.has(r.adminId)) teammates.set(r.adminId, r.email);
  return {
    inRange: rows.length,
    matching: matching.length,
    sensitive: matching.filter((r) => r.sensitive).length,
    newIp: matching.filter((r) => r.newIp).length,
    periods: periodCounts(filterRows(rows, f, granularity, ["period", "category"]), granularity),
    teammates: teammateCounts(filterRows(rows, f, granularity, ["teammate"])),
    types: typeCounts(filterRows(rows, f, granularity, ["type", "category"])),
    cells: cellCounts(filterRows(rows, f, granularity, ["cell"])),
    typesInRange: [...new Set(rows.map((r) => r.type))],
    teammatesInRange: [...teammates].map(([id, email]) => ({ id, email })),
  };
}

export async function liveEntries(part: LivePart, f: AuditFilters, granularity: Granularity, after: Keyset | null, limit: number): Promise<AuditEntry[]> {
  const out: AuditEntry[] = [];
  for (const r of filterRows(await liveRows(part), f, granularity)) {
    if (!afterKeyset(r.at, r.id, after)) continue;
    out.push({
      id: r.id,
      at: r.at,
      adminId: r.adminId,
      email: r.email,
      ip: r.ip,
      type: r.type,
      category: r.category,
      description: r.description,
      metadata: r.metadata,
      sensitive: r.sensitive,
      newIp: r.newIp,
    });
    if (out.length >= limit) break;
  }
  return out;
}
