import { CATEGORY_IDS, categoryOf, typeLabel, type CategoryId } from "./categories";
import { periodKey, type Granularity } from "./filter";
import type { AuditRow } from "./rows";
import type { Zoned } from "./zoned";

/**
 * Chart-ready summaries. Every chart draws from these small tables, never from the raw rows, so a
 * 50,000-entry range still draws at most a few hundred bars.
 */

export type PeriodBucket = { key: string; total: number } & Record<CategoryId, number>;

function emptyBucket(key: string): PeriodBucket {
  const bucket = { key, total: 0 } as PeriodBucket;
  for (const id of CATEGORY_IDS) bucket[id] = 0;
  return bucket;
}

/** Every period between after and before (empty ones included), with counts per category. */
export function eventsPerPeriod(rows: readonly AuditRow[], granularity: Granularity, after: number, before: number, zoned: Zoned): PeriodBucket[] {
  const buckets = new Map<string, PeriodBucket>();
  const step = granularity === "hour" ? 3_600 : 86_400;
  // Walk the range oldest first so the buckets come out in time order; weeks dedupe by their Monday.
  for (let t = after; t <= before + step - 1; t += step) {
    const key = periodKey(zoned(Math.min(t, before)), granularity);
    if (!buckets.has(key)) buckets.set(key, emptyBucket(key));
  }
  // Weeks and days depend on the day alone, hours on day and hour: compute each key once.
  const keys = new Map<string, string>();
  for (const row of rows) {
    const cacheKey = granularity === "hour" ? `${row.day}T${row.hour}` : row.day;
    let key = keys.get(cacheKey);
    if (key === undefined) {
      key = periodKey(row, granularity);
      keys.set(cacheKey, key);
    }
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = emptyBucket(key);
      buckets.set(key, bucket);
    }
    bucket[row.category]++;
    bucket.total++;
  }
  return [...buckets.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export interface TeammateCount {
  adminId: string;
  email: string | null;
  count: number;
}

export function topTeammates(rows: readonly AuditRow[], limit = 10): { top: TeammateCount[]; others: number } {
  const counts = new Map<string, TeammateCount>();
  for (const row of rows) {
    if (!row.adminId) continue;
    const c = counts.get(row.adminId);
    if (c) c.count++;
    else counts.set(row.adminId, { adminId: row.adminId, email: row.email, count: 1 });
  }
  const sorted = [...counts.values()].sort((a, b) => b.count - a.count || a.adminId.localeCompare(b.adminId));
  return { top: sorted.slice(0, limit), others: sorted.slice(limit).reduce((sum, c) => sum + c.count, 0) };
}

export interface TypeCount {
  type: string;
  label: string;
  category: CategoryId;
  count: number;
}

export function countByType(rows: readonly AuditRow[], limit = 12): { top: TypeCount[]; others: number; distinct: number } {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.type, (counts.get(row.type) ?? 0) + 1);
  const sorted = [...counts.entries()]
    .map(([type, count]) => ({ type, label: typeLabel(type), category: categoryOf(type), count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  return { top: sorted.slice(0, limit), others: sorted.slice(limit).reduce((sum, c) => sum + c.count, 0), distinct: sorted.length };
}

/** counts[weekday][hour], Monday first. */
export function weekdayHourHeatmap(rows: readonly AuditRow[]): { counts: number[][]; max: number } {
  const counts = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  let max = 0;
  for (const row of rows) {
    const next = ++counts[row.weekday]![row.hour]!;
    if (next > max) max = next;
  }
  return { counts, max };
}
