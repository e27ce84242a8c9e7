import { CATEGORY_IDS, categoryOf, typeLabel, type CategoryId } from "./categories";
import { periodKey, type Granularity } from "./filter";
import type { AuditRow } from "./rows";
import type { Zoned } from "./zoned";

/**
 * Chart-ready summaries. Every chart draws from these small tables, never from the raw rows. The
 * builders take counts, so the store's SQL GROUP BYs and rows read live from Intercom (counted
 * here) end in the same tables, and the parts of a half-synced range add up.
 */

export type PeriodBucket = { key: string; total: number } & Record<CategoryId, number>;

/** One GROUP BY row of each chart: how many entries share a period and type, a teammate, a type, a cell. */
export interface PeriodCount {
  key: string;
  type: string;
  count: number;
}
export interface TeammateCount {
  adminId: string;
  email: string | null;
  count: number;
}
export interface TypeCountRow {
  type: string;
  count: number;
}
export interface CellCount {
  weekday: number;
  hour: number;
  count: number;
}

function emptyBucket(key: string): PeriodBucket {
  const bucket = { key, total: 0 } as PeriodBucket;
  for (const id of CATEGORY_IDS) bucket[id] = 0;
  return bucket;
}

/** Every period between after and before (empty ones included), with counts per category. */
export function periodBuckets(counts: Iterable<PeriodCount>, granularity: Granularity, after: number, before: number, zoned: Zoned): PeriodBucket[] {
  const buckets = new Map<string, PeriodBucket>();
  const step = granularity === "hour" ? 3_600 : 86_400;
  // Walk the range oldest first so the buckets come out in time order; weeks dedupe by their Monday.
  for (let t = after; t <= before + step - 1; t += step) {
    const key = periodKey(zoned(Math.min(t, before)), granularity);
    if (!buckets.has(key)) buckets.set(key, emptyBucket(key));
  }
  const categories = new Map<string, CategoryId>();
  for (const { key, type, count } of counts) {
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = emptyBucket(key);
      buckets.set(key, bucket);
    }
    let category = categories.get(type);
    if (category === undefined) {
      category = categoryOf(type);
      categories.set(type, category);
    }
    bucket[category] += count;
    bucket.total += count;
  }
  return [...buckets.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function rankTeammates(counts: Iterable<TeammateCount>, limit = 10): { top: TeammateCount[]; others: number } {
  const merged = new Map<string, TeammateCount>();
  for (const c of counts) {
    const seen = merged.get(c.adminId);
    if (seen) seen.count += c.count;
    else merged.set(c.adminId, { ...c });
  }
  const sorted = [...merged.values()].sort((a, b) => b.count - a.count || a.adminId.localeCompare(b.adminId));
  return { top: sorted.slice(0, limit), others: sorted.slice(limit).reduce((sum, c) => sum + c.count, 0) };
}

export interface TypeCount {
  type: string;
  label: string;
  category: CategoryId;
  count: number;
}

export function rankTypes(counts: Iterable<TypeCountRow>, limit = 12): { top: TypeCount[]; others: number; distinct: number } {
  const merged = new Map<string, number>();
  for (const { type, count } of counts) merged.set(type, (merged.get(type) ?? 0) + count);
  const sorted = [...merged.entries()].map(([type, count]) => ({ type, label: typeLabel(type), category: categoryOf(type), count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  return { top: sorted.slice(0, limit), others: sorted.slice(limit).reduce((sum, c) => sum + c.count, 0), distinct: sorted.length };
}

/** counts[weekday][hour], Monday first. */
export function heatmapOf(cells: Iterable<CellCount>): { counts: number[][]; max: number } {
  const counts = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const { weekday, hour, count } of cells) counts[weekday]![hour]! += count;
  return { counts, max: Math.max(0, ...counts.flat()) };
}

/** The rows' GROUP BY rows, for ranges (or parts) read live from Intercom. */
export function periodCounts(rows: readonly AuditRow[], granularity: Granularity): PeriodCount[] {
  const counts = new Map<string, PeriodCount>();
  // Weeks and days depend on the day alone, hours on day and hour: compute each key once.
  const keys = new Map<string, string>();
  for (const row of rows) {
    const cacheKey = granularity === "hour" ? `${row.day}T${row.hour}` : row.day;
    let key = keys.get(cacheKey);
    if (key === undefined) {
      key = periodKey(row, granularity);
      keys.set(cacheKey, key);
    }
    const id = `${key} ${row.type}`;
    const c = counts.get(id);
    if (c) c.count++;
    else counts.set(id, { key, type: row.type, count: 1 });
  }
  return [...counts.values()];
}

export function teammateCounts(rows: readonly AuditRow[]): TeammateCount[] {
  const counts = new Map<string, TeammateCount>();
  for (const row of rows) {
    if (!row.adminId) continue;
    const c = counts.get(row.adminId);
    if (c) c.count++;
    else counts.set(row.adminId, { adminId: row.adminId, email: row.email, count: 1 });
  }
  return [...counts.values()];
}

export function typeCounts(rows: readonly AuditRow[]): TypeCountRow[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.type, (counts.get(row.type) ?? 0) + 1);
  return [...counts].map(([type, count]) => ({ type, count }));
}

export function cellCounts(rows: readonly AuditRow[]): CellCount[] {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.weekday * 24 + row.hour, (counts.get(row.weekday * 24 + row.hour) ?? 0) + 1);
  return [...counts].map(([cell, count]) => ({ weekday: Math.floor(cell / 24), hour: cell % 24, count }));
}

export function eventsPerPeriod(rows: readonly AuditRow[], granularity: Granularity, after: number, before: number, zoned: Zoned): PeriodBucket[] {
  return periodBuckets(periodCounts(rows, granularity), granularity, after, before, zoned);
}

export function topTeammates(rows: readonly AuditRow[], limit = 10): { top: TeammateCount[]; others: number } {
  return rankTeammates(teammateCounts(rows), limit);
}

export function countByType(rows: readonly AuditRow[], limit = 12): { top: TypeCount[]; others: number; distinct: number } {
  return rankTypes(typeCounts(rows), limit);
}

export function weekdayHourHeatmap(rows: readonly AuditRow[]): { counts: number[][]; max: number } {
  return heatmapOf(cellCounts(rows));
}
