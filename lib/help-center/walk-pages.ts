import { intercomGet } from "@/lib/api/intercom";
import type { PageList } from "@/lib/intercom/types/content";

/**
 * Reads every page of a page-style Intercom list (`?page=N&per_page=M`, no `next` link): the first
 * page says how many there are, the rest are fetched a few at a time.
 */

const PER_PAGE = 150;
const PARALLEL = 4;

export async function fetchAllPages<T>(path: string, signal?: AbortSignal): Promise<{ items: T[]; totalCount: number }> {
  const first = await intercomGet<PageList<T>>(path, { page: 1, per_page: PER_PAGE }, signal);
  const totalPages = Math.max(1, first.pages?.total_pages ?? 1);
  const pages: T[][] = [first.data ?? []];
  for (let start = 2; start <= totalPages; start += PARALLEL) {
    const batch = Array.from({ length: Math.min(PARALLEL, totalPages - start + 1) }, (_, i) => start + i);
    const results = await Promise.all(batch.map((page) => intercomGet<PageList<T>>(path, { page, per_page: PER_PAGE }, signal)));
    pages.push(...results.map((r) => r.data ?? []));
  }
  const items = pages.flat();
  return { items, totalCount: first.total_count ?? items.length };
}
