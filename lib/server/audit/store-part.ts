import "server-only";
import { sql, type RawBuilder } from "kysely";
import type { CellCount, PeriodCount, TeammateCount, TypeCountRow } from "@/lib/audit/aggregate";
import { categoryOf, isSensitiveType, SENSITIVE_TYPES } from "@/lib/audit/categories";
import type { AuditFilters, Dimension, Granularity } from "@/lib/audit/filter";
import type { AuditEntry } from "@/lib/audit/query";
import { offsetSegments } from "@/lib/audit/zoned";
import type { Store } from "@/lib/server/store";
import { periodBounds, type Keyset, type PartCounts } from "./parts";

/**
 * The audit log's filters, the charts' GROUP BYs and the table's keyset pages, in SQL over the
 * stored archive. The same text runs on SQLite and PostgreSQL: integer arithmetic for zoned days
 * and hours (the zone's offsets come in as a CASE), window functions for new-IP sign-ins.
 */

const SIGN_IN = "admin_login_success";
const FAILED_SIGN_IN = "admin_login_failure";

export interface StorePart {
  store: Store;
  after: number;
  before: number;
  timeZone: string;
}

type Sql = RawBuilder<unknown>;

/** Ids compare byte-wise on both dialects, as they do in JavaScript. */
function idExpr(store: Store): Sql {
  return store.dialect === "postgres" ? sql`id collate "C"` : sql`id`;
}

function localExpr(part: StorePart): Sql {
  const segments = offsetSegments(part.timeZone, part.after, part.before);
  const last = segments[segments.length - 1]!;
  if (segments.length === 1) return sql`(created_at + ${sql.lit(last.offset)})`;
  const cases = segments.slice(0, -1).map((s) => sql`when created_at < ${sql.lit(s.until)} then ${sql.lit(s.offset)}`);
  return sql`(created_at + case ${sql.join(cases, sql` `)} else ${sql.lit(last.offset)} end)`;
}

/**
 * A teammate's sign-in is from a new IP when no earlier entry of theirs in the range used that IP,
 * but some earlier entry used another: the first IP they show in a range is the baseline. Failed
 * sign-ins never vouch for an IP. "Earlier" is (created_at, id) order, as in lib/audit/rows.
 */
function newIpExpr(store: Store): Sql {
  const order = sql`order by created_at, ${idExpr(store)}`;
  const vouches = sql`case when admin_ip is not null and activity_type <> ${FAILED_SIGN_IN} then 1 else 0 end`;
  return sql`case when activity_type = ${SIGN_IN} and admin_id is not null and admin_ip is not null
    and row_number() over (partition by admin_id, admin_ip, ${vouches} ${order}) = 1
    and row_number() over (partition by admin_id, ${vouches} ${order}) > 1 then 1 else 0 end`;
}

/** The range as a CTE `r` with local time (and new-IP flags only when a query needs them). */
function ranged(part: StorePart, withNewIp: boolean, columns: "summary" | "entries"): Sql {
  const cols =
    columns === "entries"
      ? sql`id, created_at, activity_type, admin_id, admin_email, admin_ip, description, metadata`
      : sql`id, created_at, activity_type, admin_id, admin_email, admin_ip, description`;
  const newIp = withNewIp ? newIpExpr(part.store) : sql`0`;
  return sql`with r as (select ${cols}, ${localExpr(part)} as local, ${newIp} as new_ip
    from activity_log where created_at >= ${sql.lit(part.after)} and created_at <= ${sql.lit(part.before)})`;
}

function likeContains(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function bucketExpr(granularity: Granularity): Sql {
  if (granularity === "hour") return sql`(local / 3600)`;
  if (granularity === "day") return sql`(local / 86400)`;
  return sql`(local / 86400 - ((local / 86400 + 3) % 7))`;
}

function bucketKey(bucket: number, granularity: Granularity): string {
  return granularity === "hour" ? new Date(bucket * 3_600_000).toISOString().slice(0, 13) : new Date(bucket * 86_400_000).toISOString().slice(0, 10);
}

function needsNewIp(f: AuditFilters): boolean {
  return f.sensitive || f.newIp;
}

/** The filters as a WHERE over `r`, leaving out the dimensions a chart ignores. */
function where(f: AuditFilters, granularity: Granularity, typesInRange: readonly string[], except: readonly Dimension[] = []): Sql {
  const skip = new Set(except);
  const parts: Sql[] = [sql`1 = 1`];
  const inList = (values: readonly string[]) => (values.length ? sql`activity_type in (${sql.join(values.map((v) => sql`${v}`))})` : sql`1 = 0`);
  if (f.teammate && !skip.has("teammate")) parts.push(sql`admin_id = ${f.teammate}`);
  if (f.category && !skip.has("category")) parts.push(inList(typesInRange.filter((t) => categoryOf(t) === f.category)));
  if (f.type && !skip.has("type")) parts.push(sql`activity_type = ${f.type}`);
  if (f.ip) parts.push(sql`substr(admin_ip, 1, ${sql.lit(f.ip.length)}) = ${f.ip}`);
  if (f.text) parts.push(sql`lower(coalesce(description, '')) like ${likeContains(f.text)} escape '\\'`);
  if (f.sensitive) parts.push(sql`(${inList(SENSITIVE_TYPES)} or new_ip = 1)`);
  if (f.newIp) parts.push(sql`new_ip = 1`);
  if (f.period && !skip.has("period")) {
    const bounds = periodBounds(f.period, granularity);
    parts.push(bounds ? sql`local >= ${sql.lit(bounds[0])} and local < ${sql.lit(bounds[1])}` : sql`1 = 0`);
  }
  if (f.cell && !skip.has("cell")) parts.push(sql`(local / 86400 + 3) % 7 = ${sql.lit(f.cell.weekday)} and (local / 3600) % 24 = ${sql.lit(f.cell.hour)}`);
  return sql.join(parts, sql` and `);
}

const n = (v: unknown) => Number(v ?? 0);

/** What the range holds before any filter: its types (with counts) and teammates. */
async function facets(part: StorePart) {
  const inRange = sql`created_at >= ${sql.lit(part.after)} and created_at <= ${sql.lit(part.before)}`;
  const [types, teammates] = await Promise.all([
    sql<{ activity_type: string; count: unknown }>`select activity_type, count(*) as count from activity_log where ${inRange} group by activity_type`.execute(part.store.db),
    sql<{ admin_id: string; email: string | null }>`select admin_id, max(admin_email) as email from activity_log where ${inRange} and admin_id is not null group by admin_id`.execute(part.store.db),
  ]);
  return {
    typesInRange: types.rows.map((r) => r.activity_type),
    inRange: types.rows.reduce((sum, r) => sum + n(r.count), 0),
    teammatesInRange: teammates.rows.map((r) => ({ id: r.admin_id, email: r.email })),
  };
}

/** The four charts' GROUP BYs and the totals, each chart ignoring its own selection. */
export async function storeCounts(part: StorePart, f: AuditFilters, granularity: Granularity): Promise<PartCounts> {
  const { db } = part.store;
  const facet = await facets(part);
  const cte = ranged(part, needsNewIp(f), "summary");
  const w = (except: readonly Dimension[] = []) => where(f, granularity, facet.typesInRange, except);
  const bucket = bucketExpr(granularity);
  const [periods, teammates, types, cells, totals] = await Promise.all([
    sql<{ bucket: unknown; type: string; count: unknown }>`${cte} select ${bucket} as bucket, activity_type as type, count(*) as count from r where ${w(["period", "category"])} group by 1, 2`.execute(db),
    sql<{ admin_id: string; email: string | null; count: unknown }>`${cte} select admin_id, max(admin_email) as email, count(*) as count from r where admin_id is not null and ${w(["teammate"])} group by admin_id`.execute(db),
    sql<{ type: string; count: unknown }>`${cte} select activity_type as type, count(*) as count from r where ${w(["type", "category"])} group by activity_type`.execute(db),
    sql<{ weekday: unknown; hour: unknown; count: unknown }>`${cte} select (local / 86400 + 3) % 7 as weekday, (local / 3600) % 24 as hour, count(*) as count from r where ${w(["cell"])} group by 1, 2`.execute(db),
    sql<{ matching: unknown; sensitive: unknown; new_ip: unknown }>`${ranged(part, true, "summary")} select count(*) as matching,
      sum(case when ${sql.join([sql`activity_type in (${sql.join(SENSITIVE_TYPES.map((t) => sql`${t}`))})`])} or new_ip = 1 then 1 else 0 end) as sensitive,
      sum(new_ip) as new_ip from r where ${w()}`.execute(db),
  ]);
  const total = totals.rows[0];
  return {
    ...facet,
    matching: n(total?.matching),
    sensitive: n(total?.sensitive),
    newIp: n(total?.new_ip),
    periods: periods.rows.map((r): PeriodCount => ({ key: bucketKey(n(r.bucket), granularity), type: r.type, count: n(r.count) })),
    teammates: teammates.rows.map((r): TeammateCount => ({ adminId: r.admin_id, email: r.email, count: n(r.count) })),
    types: types.rows.map((r): TypeCountRow => ({ type: r.type, count: n(r.count) })),
    cells: cells.rows.map((r): CellCount => ({ weekday: n(r.weekday), hour: n(r.hour), count: n(r.count) })),
  };
}

interface EntryRow {
  id: string;
  created_at: unknown;
  activity_type: string;
  admin_id: string | null;
  admin_email: string | null;
  admin_ip: string | null;
  description: string | null;
  metadata: string | null;
  new_ip: unknown;
}

function parseMetadata(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function toEntry(r: EntryRow): AuditEntry {
  const newIp = n(r.new_ip) === 1;
  return {
    id: r.id,
    at: n(r.created_at),
    adminId: r.admin_id,
    email: r.admin_email,
    ip: r.admin_ip,
    type: r.activity_type,
    category: categoryOf(r.activity_type),
    description: r.description ?? "",
    metadata: parseMetadata(r.metadata),
    sensitive: isSensitiveType(r.activity_type) || newIp,
    newIp,
  };
}

/** Up to `limit` matching entries older than `after` (newest first), by keyset: no OFFSET scans. */
export async function storeEntries(part: StorePart, f: AuditFilters, granularity: Granularity, after: Keyset | null, limit: number): Promise<AuditEntry[]> {
  const typesInRange = f.category ? (await facets(part)).typesInRange : [];
  const id = idExpr(part.store);
  const keyset = after ? sql`(created_at < ${sql.lit(after.at)} or (created_at = ${sql.lit(after.at)} and ${id} < ${after.id}))` : sql`1 = 1`;
  // Every row needs its new-IP flag, and the flag depends on the whole range: the window runs once per page.
  const { rows } = await sql<EntryRow>`${ranged(part, true, "entries")}
    select id, created_at, activity_type, admin_id, admin_email, admin_ip, description, metadata, new_ip from r
    where ${where(f, granularity, typesInRange)} and ${keyset}
    order by created_at desc, ${id} desc limit ${sql.lit(limit)}`.execute(part.store.db);
  return rows.map(toEntry);
}
