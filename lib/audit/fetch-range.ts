import pLimit from "p-limit";
import type { ActivityLog, ActivityLogList } from "@/lib/intercom/types/activity-logs";

/**
 * Reads every activity-log entry in [after, before] (the parts of an audit range the sync has not
 * reached). Intercom pages the log by cursor only, so one walk is strictly sequential; Lens cuts the
 * range into time slices and walks a few at once (Airbyte reads this endpoint the same way), then
 * merges them newest first without duplicates.
 */

export type PageFetcher = (query: Record<string, string | number>, signal?: AbortSignal) => Promise<ActivityLogList>;

const PER_PAGE = 150;
const CONCURRENCY = 4;
const WEEK = 7 * 86_400;

/** Slices of about a week, at most 8: enough parallelism without tripping the rate limit. */
export function sliceRange(after: number, before: number): [number, number][] {
  const count = Math.min(8, Math.max(1, Math.ceil((before - after) / WEEK)));
  const width = Math.ceil((before - after + 1) / count);
  const slices: [number, number][] = [];
  for (let start = after; start <= before; start += width) slices.push([start, Math.min(before, start + width - 1)]);
  return slices;
}

export async function fetchActivityRange({ after, before, signal, fetchPage }: { after: number; before: number; signal?: AbortSignal; fetchPage: PageFetcher }): Promise<ActivityLog[]> {
  const slices = sliceRange(after, before);
  const limit = pLimit(CONCURRENCY);
  const walk = async ([from, to]: [number, number]) => {
    const found: ActivityLog[] = [];
    let cursor: string | null | undefined;
    do {
      const page = await fetchPage({ created_at_after: from, created_at_before: to, per_page: PER_PAGE, ...(cursor ? { starting_after: cursor } : {}) }, signal);
      const logs = page.activity_logs ?? [];
      found.push(...logs);
      cursor = page.pages?.next?.starting_after;
    } while (cursor);
    return found;
  };
  const parts = await Promise.all(slices.map((slice) => limit(() => walk(slice))));

  const seen = new Set<string>();
  const merged: ActivityLog[] = [];
  for (const part of parts) {
    for (const log of part) {
      if (!log?.id || seen.has(log.id)) continue;
      seen.add(log.id);
      merged.push(log);
    }
  }
  return merged.sort((a, b) => (b.created_at ?? 0) - (a.created_at ?? 0) || (a.id < b.id ? -1 : 1));
}
