import { intercomGet } from "@/lib/api/intercom";
import type { ParamsOf, ResponseOf } from "@/lib/intercom/types/endpoints";

/**
 * Reads every page of a page-style Intercom list (`?page=N&per_page=M`, no `next` link): the first
 * page says how many there are, the rest are fetched a few at a time.
 */

const PER_PAGE = 150;
const PARALLEL = 4;

/** The page-style lists. */
type PagedId = "articles.list" | "collections.list" | "sections.list" | "news_items.list" | "newsfeeds.list" | "newsfeeds.items";
type ItemOf<Id extends PagedId> = NonNullable<ResponseOf<Id>["data"]>[number];

export async function fetchAllPages<Id extends PagedId>(id: Id, params: ParamsOf<Id>, signal?: AbortSignal): Promise<{ items: ItemOf<Id>[]; totalCount: number }> {
  const page = (n: number) => intercomGet(id, { ...params, page: n, per_page: PER_PAGE }, signal) as Promise<ResponseOf<Id>>;
  const first = await page(1);
  const totalPages = Math.max(1, first.pages?.total_pages ?? 1);
  const pages: ItemOf<Id>[][] = [first.data ?? []];
  for (let start = 2; start <= totalPages; start += PARALLEL) {
    const batch = Array.from({ length: Math.min(PARALLEL, totalPages - start + 1) }, (_, i) => start + i);
    const results = await Promise.all(batch.map(page));
    pages.push(...results.map((r) => r.data ?? []));
  }
  const items = pages.flat();
  return { items, totalCount: first.total_count ?? items.length };
}
