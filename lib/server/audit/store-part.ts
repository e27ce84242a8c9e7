import "server-only";
import { sql, type RawBuilder } from "kysely";
import { LRUCache } from "lru-cache";
import type { CellCount, PeriodCount, TeammateCount, TypeCountRow } from "@/lib/audit/aggregate";
import { categoryOf, isSensitiveType, SENSITIVE_TYPES } from "@/lib/audit/categories";
import type { AuditFilters, Dimension, Granularity } from "@/lib/audit/filter";
import type { AuditEntry } from "@/lib/audit/query";
import { bucketStretches } from "@/lib/audit/local-buckets";
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

const STATS_EVERY_MS = 60 * 60_000;
const statsAt = new WeakMap<Store, number>();

/**
 * SQLite plans without statistics by guessing: it then reads a year through the created_at index
 * and sorts for every GROUP BY. With them it streams each group from the index in its order
 * (several times faster), so the archive is analysed once an hour (a quarter second per 100,000
 * entries). PostgreSQL's autovacuum keeps its own statistics.
 */
async function plannerStats(store: Store): Promise<void> {
  if (store.dialect !== "sqlite" || Date.now() - (statsAt.get(store) ?? 0) < STATS_EVERY_MS) return;
  statsAt.set(store, Date.now());
  await sql`analyze activity_log`.execute(store.db);
}

/** Ids compare byte-wise on both dialects, as they do in JavaScript. */
function idExpr(store: Store): Sql {
  return store.dialect === "postgres" ? sql`id collate "C"` : sql`id`;
}

/** The local time of `at` (created_at unless given): UNIX seconds plus the zone's offset then, by a CASE over its segments. */
function localExpr(part: StorePart, at: Sql = sql`created_at`): Sql {
  const segments = offsetSegments(part.timeZone, part.after, part.before);
  const last = segments[segments.length - 1]!;
  if (segments.length === 1) return sql`(${at} + ${sql.lit(last.offset)})`;
  const cases = segments.slice(0, -1).map((s) => sql`when ${at} < ${sql.lit(s.until)} then ${sql.lit(s.offset)}`);
  return sql`(${at} + case ${sql.join(cases, sql` `)} else ${sql.lit(last.offset)} end)`;
}

/**
 * A teammate's sign-in is from a new IP when no earlier entry of theirs in the range used that IP,
 * but some earlier entry used another: the first IP they show in a range is the baseline. Failed
 * sign-ins never vouch for an IP. "Earlier" is (created_at, id) order, as in lib/audit/rows. So
 * only the first entry of each (teammate, IP) pair can be one: one grouped scan finds those few
 * entries, and the other queries flag them by id.
 */
async function newIpIds(part: StorePart): Promise<string[]> {
  // The summary and every page of the table need the same flags: scan once per stored window.
  const key = `${part.after}:${part.before}`;
  const known = newIpCache.get(part.store)?.get(key);
  if (known) return known;
  const pending = scanNewIpIds(part);
  let cache = newIpCache.get(part.store);
  if (!cache) {
    cache = new LRUCache<string, Promise<string[]>>({ max: 32, ttl: 30_000 });
    newIpCache.set(part.store, cache);
  }
  cache.set(key, pending);
  pending.catch(() => cache.delete(key));
  return pending;
}

/** A stored window's bounds move whenever the sync adds to it, so a short-lived cache never hides new entries for long. */
const newIpCache = new WeakMap<Store, LRUCache<string, Promise<string[]>>>();

async function scanNewIpIds(part: StorePart): Promise<string[]> {
  const vouching = sql`created_at >= ${sql.lit(part.after)} and created_at <= ${sql.lit(part.before)} and admin_id is not null and admin_ip is not null and activity_type <> ${FAILED_SIGN_IN}`;
  const { rows } = await sql<{ id: string; created_at: unknown; activity_type: string; admin_id: string; admin_ip: string }>`with f as (
      select admin_id, admin_ip, min(created_at) as at from activity_log where ${vouching} group by admin_id, admin_ip)
    select a.id, a.created_at, a.activity_type, a.admin_id, a.admin_ip from f join activity_log a
    on a.admin_id = f.admin_id and a.admin_ip = f.admin_ip and a.created_at = f.at and a.activity_type <> ${FAILED_SIGN_IN}`.execute(part.store.db);
  const before = (a: { at: number; id: string }, b: { at: number; id: string }) => a.at < b.at || (a.at === b.at && a.id < b.id);
  const firstOfPair = new Map<string, { at: number; id: string; type: string; admin: string }>();
  for (const r of rows) {
    const e = { at: n(r.created_at), id: r.id, type: r.activity_type, admin: r.admin_id };
    const key = `${r.admin_id}\n${r.admin_ip}`;
    const seen = firstOfPair.get(key);
    if (!seen || before(e, seen)) firstOfPair.set(key, e);
  }
  const firstOfAdmin = new Map<string, { at: number; id: string }>();
  for (const e of firstOfPair.values()) {
    const seen = firstOfAdmin.get(e.admin);
    if (!seen || before(e, seen)) firstOfAdmin.set(e.admin, e);
  }
  return [...firstOfPair.values()].filter((e) => e.type === SIGN_IN && firstOfAdmin.get(e.admin)?.id !== e.id).map((e) => e.id);
}

function idList(ids: readonly string[]): Sql {
  return sql`id in (${sql.join(ids.map((id) => sql`${id}`))})`;
}

/** Only sign-ins can be from a new IP: the type test spares most entries the lookup in the id list. */
function newIpExpr(ids: readonly string[] | null): Sql {
  return ids && ids.length > 0 ? sql`case when activity_type = ${SIGN_IN} and ${idList(ids)} then 1 else 0 end` : sql`0`;
}

/**
 * "Sensitive only" and "new-IP only" apply to every chart, so the range can be narrowed to the
 * sensitive types and the new-IP sign-ins (by id) before anything reads it: two index ranges, a
 * tenth of the year, instead of all of it. A UNION ALL rather than an OR, which SQLite would answer
 * by scanning the whole type index. New-IP entries are sign-ins, never a sensitive type, so the
 * two sides never share an entry.
 */
function narrowed(f: AuditFilters, inRange: Sql, newIp: readonly string[] | null): Sql[] {
  const byId = newIp && newIp.length > 0 ? [sql`${idList(newIp)} and ${inRange}`] : [];
  if (f.newIp) return byId.length ? byId : [sql`1 = 0`];
  if (!f.sensitive) return [inRange];
  return [sql`activity_type in (${sql.join(SENSITIVE_TYPES.map((t) => sql`${t}`))}) and ${inRange}`, ...byId];
}

/**
 * The range as a CTE `r` with local time and new-IP flags, holding only the columns the query reads,
 * narrowed by `narrowBy`'s "sensitive" and "new IP" when given. The table's pages leave it out: they
 * walk the time index newest first and stop after a page, where a narrowed union would sort every match.
 */
function ranged(part: StorePart, newIp: readonly string[] | null, columns: "summary" | "text" | "entries", narrowBy: AuditFilters | null): Sql {
  const cols =
    columns === "entries"
      ? sql`id, created_at, activity_type, admin_id, admin_email, admin_ip, description, metadata`
      : columns === "text"
        ? sql`id, created_at, activity_type, admin_id, admin_email, admin_ip, description`
        : sql`id, created_at, activity_type, admin_id, admin_email, admin_ip`;
  const inRange = sql`created_at >= ${sql.lit(part.after)} and created_at <= ${sql.lit(part.before)}`;
  const selects = (narrowBy ? narrowed(narrowBy, inRange, newIp) : [inRange]).map((w) => sql`select ${cols}, ${localExpr(part)} as local, ${newIpExpr(newIp)} as new_ip from activity_log where ${w}`);
  return sql`with r as (${sql.join(selects, sql` union all `)})`;
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

function inRangeOf(part: StorePart): Sql {
  return sql`created_at >= ${sql.lit(part.after)} and created_at <= ${sql.lit(part.before)}`;
}

/** What the range holds before any filter: its types, with their counts. */
async function typeFacet(part: StorePart): Promise<TypeCountRow[]> {
  const { rows } = await sql<{ activity_type: string; count: unknown }>`select activity_type, count(*) as count from activity_log where ${inRangeOf(part)} group by activity_type`.execute(
    part.store.db,
  );
  return rows.map((r): TypeCountRow => ({ type: r.activity_type, count: n(r.count) }));
}

/** What the range holds before any filter: its teammates, with their counts. */
async function teammateFacet(part: StorePart): Promise<TeammateCount[]> {
  const { rows } = await sql<{
    admin_id: string;
    email: string | null;
    count: unknown;
  }>`select admin_id, max(admin_email) as email, count(*) as count from activity_log where ${inRangeOf(part)} and admin_id is not null group by admin_id`.execute(part.store.db);
  return rows.map((r): TeammateCount => ({ adminId: r.admin_id, email: r.email, count: n(r.count) }));
}

function sumByType(periods: readonly { type: string; count: unknown }[]): TypeCountRow[] {
  const counts = new Map<string, number>();
  for (const r of periods) counts.set(r.type, (counts.get(r.type) ?? 0) + n(r.count));
  return [...counts].map(([type, count]) => ({ type, count }));
}

/** Totals from (type, count, new-IP count) groups: an entry is sensitive by its type or by its new IP. */
function totalsOf(periods: readonly { type: string; count: unknown; new_ip: unknown }[]) {
  let matching = 0;
  let sensitive = 0;
  let newIp = 0;
  for (const r of periods) {
    matching += n(r.count);
    newIp += n(r.new_ip);
    sensitive += isSensitiveType(r.type) ? n(r.count) : n(r.new_ip);
  }
  return { matching, sensitive, newIp };
}

/** The range's local periods as (bucket, from, until) rows of a CTE `b`. */
function stretchesCte(part: StorePart, granularity: Granularity): Sql {
  const stretches = bucketStretches(offsetSegments(part.timeZone, part.after, part.before), part.after, part.before, granularity);
  const rows = stretches.map((s) => sql`(${sql.lit(s.bucket)}, ${sql.lit(s.from)}, ${sql.lit(s.until)})`);
  return sql`b(bucket, lo, hi) as (values ${sql.join(rows)})`;
}

/**
 * The unfiltered periods chart on SQLite, one index range count per period and type: SQLite
 * groups by sorting, and sorting a year's computed local times was the slowest part of the
 * summary. PostgreSQL hashes those groups instead (and would plan thousands of small subqueries
 * worse), so it keeps the GROUP BY. A HAVING would run each count twice, so empty groups go here.
 */
async function periodsByStretch(part: StorePart, granularity: Granularity, types: readonly string[]) {
  if (types.length === 0) return [];
  const { rows } = await sql<{ bucket: unknown; type: string; count: unknown }>`with ${stretchesCte(part, granularity)}, t(type) as (values ${sql.join(types.map((type) => sql`(${type})`))})
    select bucket, type, sum(c) as count from (
      select b.bucket, t.type, (select count(*) from activity_log where activity_type = t.type and created_at >= b.lo and created_at < b.hi) as c from b, t) x
    group by bucket, type`.execute(part.store.db);
  return rows.filter((r) => n(r.count) > 0);
}

/**
 * The range's local hours as a CTE `b` like stretchesCte's. In zones a whole number of hours from
 * UTC (offsets change on the hour) each UTC hour is one local hour, so SQLite counts them out
 * itself instead of parsing a VALUES row per hour of the year. SQLite only: max and min of two values.
 */
function hoursCte(part: StorePart): Sql {
  if (!offsetSegments(part.timeZone, part.after, part.before).every((s) => s.offset % 3600 === 0)) return stretchesCte(part, "hour");
  const first = Math.floor(part.after / 3600);
  const last = Math.floor(part.before / 3600);
  return sql`h(n) as (select ${sql.lit(first)} union all select n + 1 from h where n < ${sql.lit(last)}),
    b(bucket, lo, hi) as (select ${localExpr(part, sql`(n * 3600)`)} / 3600, max(n * 3600, ${sql.lit(part.after)}), min(n * 3600 + 3600, ${sql.lit(part.before + 1)}) from h)`;
}

/** The unfiltered heatmap on SQLite from one index range count per local hour, for the same reason. */
async function cellsByStretch(part: StorePart) {
  const { rows } = await sql<{ weekday: unknown; hour: unknown; count: unknown }>`with recursive ${hoursCte(part)}
    select (bucket / 24 + 3) % 7 as weekday, bucket % 24 as hour, sum(c) as count from (
      select b.bucket, (select count(*) from activity_log where created_at >= b.lo and created_at < b.hi) as c from b) x
    group by 1, 2`.execute(part.store.db);
  return rows.filter((r) => n(r.count) > 0);
}

/** Does any filter apply, besides the dimensions a chart ignores? */
function filtering(f: AuditFilters, except: readonly Dimension[] = []): boolean {
  const skip = new Set(except);
  return (
    (!!f.teammate && !skip.has("teammate")) ||
    (!!f.category && !skip.has("category")) ||
    (!!f.type && !skip.has("type")) ||
    !!f.ip ||
    !!f.text ||
    f.sensitive ||
    f.newIp ||
    (!!f.period && !skip.has("period")) ||
    (!!f.cell && !skip.has("cell"))
  );
}

/** The four charts' GROUP BYs and the totals, each chart ignoring its own selection. */
export async function storeCounts(part: StorePart, f: AuditFilters, granularity: Granularity): Promise<PartCounts> {
  const { db } = part.store;
  await plannerStats(part.store);
  const newIp = await newIpIds(part);
  const cte = ranged(part, newIp, f.text ? "text" : "summary", f);
  const bucket = bucketExpr(granularity);
  // A chart no filter narrows is the range's own facet: no second scan for it.
  type PeriodRow = { bucket: unknown; type: string; count: unknown; new_ip: unknown };
  // The periods chart ignores the category, the one filter that needs the range's types first.
  const scanned: Promise<PeriodRow[]> | null =
    filtering(f, ["period", "category"]) || part.store.dialect === "postgres"
      ? sql<PeriodRow>`${cte} select ${bucket} as bucket, activity_type as type, count(*) as count, sum(new_ip) as new_ip from r where ${where(f, granularity, [], ["period", "category"])} group by 1, 2`
          .execute(db)
          .then(({ rows }) => rows)
      : null;
  // Awaited below; if the facets fail first, its own failure must not go unhandled.
  scanned?.catch(() => undefined);
  // Unfiltered, that scan counts every type in the range: the type facet needs no scan of its own.
  const [facetTypes, facetTeammates] = await Promise.all([scanned && !filtering(f, ["period", "category"]) ? scanned.then(sumByType) : typeFacet(part), teammateFacet(part)]);
  const typesInRange = facetTypes.map((t) => t.type);
  const w = (except: readonly Dimension[] = []) => where(f, granularity, typesInRange, except);
  // The periods chart leaves out only the period and the category: without those filters its
  // groups also give the types chart (which leaves out the type) and the totals, with no scan of their own.
  const fromPeriods = (applies: boolean) => (applies && scanned ? scanned : null);
  const typesFromPeriods = fromPeriods(!f.type && !f.period);
  const totalsFromPeriods = fromPeriods(!f.period && !f.category);
  const [periodRows, teammates, types, cells, totals] = await Promise.all([
    scanned ?? periodsByStretch(part, granularity, typesInRange),
    filtering(f, ["teammate"])
      ? sql<{
          admin_id: string;
          email: string | null;
          count: unknown;
        }>`${cte} select admin_id, max(admin_email) as email, count(*) as count from r where admin_id is not null and ${w(["teammate"])} group by admin_id`
          .execute(db)
          .then(({ rows }) => rows.map((r): TeammateCount => ({ adminId: r.admin_id, email: r.email, count: n(r.count) })))
      : facetTeammates,
    !filtering(f, ["type", "category"])
      ? facetTypes
      : typesFromPeriods
        ? typesFromPeriods.then(sumByType)
        : sql<{ type: string; count: unknown }>`${cte} select activity_type as type, count(*) as count from r where ${w(["type", "category"])} group by activity_type`
            .execute(db)
            .then(({ rows }) => rows.map((r): TypeCountRow => ({ type: r.type, count: n(r.count) }))),
    filtering(f, ["cell"]) || part.store.dialect === "postgres"
      ? sql<{
          weekday: unknown;
          hour: unknown;
          count: unknown;
        }>`${cte} select (local / 86400 + 3) % 7 as weekday, (local / 3600) % 24 as hour, count(*) as count from r where ${w(["cell"])} group by 1, 2`
          .execute(db)
          .then(({ rows }) => rows)
      : cellsByStretch(part),
    !filtering(f)
      ? {
          matching: facetTypes.reduce((sum, t) => sum + t.count, 0),
          // New-IP entries are sign-ins, never a sensitive type, so the two add up.
          sensitive: facetTypes.reduce((sum, t) => sum + (isSensitiveType(t.type) ? t.count : 0), 0) + newIp.length,
          newIp: newIp.length,
        }
      : totalsFromPeriods
        ? totalsFromPeriods.then(totalsOf)
        : sql<{ matching: unknown; sensitive: unknown; new_ip: unknown }>`${cte} select count(*) as matching,
          sum(case when activity_type in (${sql.join(SENSITIVE_TYPES.map((t) => sql`${t}`))}) or new_ip = 1 then 1 else 0 end) as sensitive,
          sum(new_ip) as new_ip from r where ${w()}`
            .execute(db)
            .then(({ rows }) => ({ matching: n(rows[0]?.matching), sensitive: n(rows[0]?.sensitive), newIp: n(rows[0]?.new_ip) })),
  ]);
  return {
    typesInRange,
    inRange: facetTypes.reduce((sum, t) => sum + t.count, 0),
    teammatesInRange: facetTeammates.map((t) => ({ id: t.adminId, email: t.email })),
    ...totals,
    periods: periodRows.map((r): PeriodCount => ({ key: bucketKey(n(r.bucket), granularity), type: r.type, count: n(r.count) })),
    teammates,
    types,
    cells: cells.map((r): CellCount => ({ weekday: n(r.weekday), hour: n(r.hour), count: n(r.count) })),
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
  await plannerStats(part.store);
  const [typesInRange, newIp] = await Promise.all([f.category ? typeFacet(part).then((types) => types.map((t) => t.type)) : [], newIpIds(part)]);
  const id = idExpr(part.store);
  const keyset = after ? sql`(created_at < ${sql.lit(after.at)} or (created_at = ${sql.lit(after.at)} and ${id} < ${after.id}))` : sql`1 = 1`;
  const { rows } = await sql<EntryRow>`${ranged(part, newIp, "entries", null)}
    select id, created_at, activity_type, admin_id, admin_email, admin_ip, description, metadata, new_ip from r
    where ${where(f, granularity, typesInRange)} and ${keyset}
    order by created_at desc, ${id} desc limit ${sql.lit(limit)}`.execute(part.store.db);
  return rows.map(toEntry);
}
