import pLimit from "p-limit";
import { intercomGet } from "@/lib/api/intercom";
import type { ActivityLog, ActivityLogList } from "@/lib/intercom/types/activity-logs";

/**
 * Reads every activity-log entry in [after, before]. Intercom pages the log by cursor only, so one
 * walk is strictly sequential; Lens cuts the range into time slices and walks a few at once
 * (Airbyte reads this endpoint the same way), then merges them newest first without duplicates.
 */

export interface RangeProgress {
  entries: number;
  pages: number;
  /** Pages the range will take, once every slice has reported its first page. */
  totalPages: number | null;
}

export type PageFetcher = (query: Record<string, string | number>, signal?: AbortSignal) => Promise<ActivityLogList>;

const PER_PAGE = 150;
const CONCURRENCY = 4;
const WEEK = 7 * 86_400;

const viaProxy: PageFetcher = (query, signal) => intercomGet("admins.activity_logs", query, signal);

/** Slices of about a week, at most 8: enough parallelism without tripping the rate limit. */
export function sliceRange(after: number, before: number): [number, number][] {
  const count = Math.min(8, Math.max(1, Math.ceil((before - after) / WEEK)));
  const width = Math.ceil((before - after + 1) / count);
  const slices: [number, number][] = [];
  for (let start = after; start <= before; start += width) slices.push([start, Math.min(before, start + width - 1)]);
  return slices;
}

export async function fetchActivityRange(
  { after, before, signal, onProgress, fetchPage = viaProxy }: { after: number; before: number; signal?: AbortSignal; onProgress?: (p: RangeProgress) => void; fetchPage?: PageFetcher },
): Promise<ActivityLog[]> {
  const slices = sliceRange(after, before);
  const totals: (number | null)[] = slices.map(() => null);
  let pages = 0;
  let entries = 0;
  const report = () => onProgress?.({ entries, pages, totalPages: totals.every((t) => t !== null) ? totals.reduce<number>((s, t) => s + (t ?? 0), 0) : null });
  report();

  const limit = pLimit(CONCURRENCY);
  const walk = async ([from, to]: [number, number], index: number) => {
    const found: ActivityLog[] = [];
    let cursor: string | null | undefined;
    do {
      const page = await fetchPage({ created_at_after: from, created_at_before: to, per_page: PER_PAGE, ...(cursor ? { starting_after: cursor } : {}) }, signal);
      const logs = page.activity_logs ?? [];
      found.push(...logs);
      pages++;
      entries += logs.length;
      totals[index] ??= Math.max(1, page.pages?.total_pages ?? 1);
      cursor = page.pages?.next?.starting_after;
      report();
    } while (cursor);
    return found;
  };
  const parts = await Promise.all(slices.map((slice, i) => limit(() => walk(slice, i))));

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
