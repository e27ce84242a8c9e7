import "server-only";
import pLimit from "p-limit";
import { buildPath } from "@/lib/intercom/match";
import type { InsightArticle, InsightsEvent, InsightsResult } from "@/lib/articles/insights-types";
import type { Article, ArticleListItem, PageList } from "@/lib/intercom/types/content";
import { callIntercom, isCached, parseBody, UpstreamFailure, type UpstreamResponse } from "../intercom/client";

/**
 * Article statistics come only with each single article, so the insights page needs one call per
 * article. This walks the article list, then fetches every article with bounded concurrency
 * through callIntercom (which caches and coalesces, so a second visit costs no upstream call).
 * When Intercom rate-limits past what the client is willing to wait, it stops asking and returns
 * what it has, with a note. What it holds is bounded: list items are slimmed as pages arrive (no
 * article bodies kept) and at most MAX_ARTICLES are read.
 */

const PER_PAGE = 150;
/** Parallel article fetches: fast on a big help center, well inside Intercom's per-10-second budget. */
const CONCURRENCY = 8;
/** Beyond this the page would not be readable anyway; the note says the rest were left out. */
export const MAX_ARTICLES = 10_000;

export class InsightsListError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super("Intercom refused the article list.");
  }
}

type Emit = (event: InsightsEvent) => void;

async function listPage(page: number, caller?: string): Promise<UpstreamResponse> {
  return callIntercom({ path: buildPath("articles.list", {}, { page, per_page: PER_PAGE }), caller });
}

/** A list item without its body: only what the insights table shows. */
type ListedArticle = Pick<ArticleListItem, "id" | "title" | "state" | "url" | "parent_id" | "parent_type" | "author_id" | "updated_at" | "default_locale">;

function listed(item: ArticleListItem): ListedArticle {
  const { id, title, state, url, parent_id, parent_type, author_id, updated_at, default_locale } = item;
  return { id, title, state, url, parent_id, parent_type, author_id, updated_at, default_locale };
}

export interface GatherOptions {
  caller?: string;
  /**
   * Charges the caller for the upstream calls about to be made (one per article not already
   * cached); false when the caller's budget refuses, and then no article is read.
   */
  charge?: (cost: number) => Promise<boolean>;
}

function slim(item: ListedArticle, statistics: Article["statistics"]): InsightArticle {
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    id: String(item.id),
    title: item.title ?? null,
    state: item.state ?? null,
    url: item.url ?? null,
    parent_id: str(item.parent_id),
    parent_type: item.parent_type ?? null,
    author_id: str(item.author_id),
    updated_at: item.updated_at ?? null,
    default_locale: item.default_locale ?? null,
    statistics: statistics ?? null,
  };
}

/**
 * The first list page is read before anything streams, so an Intercom refusal (401, 403…) can
 * still become a proper error response: it throws InsightsListError or UpstreamFailure.
 */
export async function firstArticlePage(caller?: string): Promise<PageList<ArticleListItem>> {
  const res = await listPage(1, caller);
  if (res.status !== 200) {
    let body: unknown = null;
    try {
      body = parseBody(res);
    } catch {
      // Not JSON: the status alone explains it.
    }
    throw new InsightsListError(res.status, body);
  }
  return parseBody<PageList<ArticleListItem>>(res);
}

export async function gatherArticleInsights(first: PageList<ArticleListItem>, emit: Emit, signal: AbortSignal, { caller, charge }: GatherOptions = {}): Promise<InsightsResult> {
  const limit = pLimit(CONCURRENCY);
  const listedPages = Math.max(1, first.pages?.total_pages ?? 1);
  const totalPages = Math.min(listedPages, Math.ceil(MAX_ARTICLES / PER_PAGE));
  const capped = totalPages < listedPages;
  const total = first.total_count ?? first.data.length;
  let rateLimited = false;
  let failed = 0;
  let listIncomplete = false;

  const note429 = (res: UpstreamResponse) => {
    if (res.status === 429) rateLimited = true;
    else failed++;
  };

  // 1. The rest of the list.
  const pages: ListedArticle[][] = [first.data.map(listed)];
  let pagesDone = 1;
  emit({ type: "progress", phase: "list", done: pagesDone, total: totalPages });
  await Promise.all(
    Array.from({ length: totalPages - 1 }, (_, i) =>
      limit(async () => {
        if (rateLimited || signal.aborted) return;
        try {
          const res = await listPage(i + 2, caller);
          if (res.status === 200) pages[i + 1] = (parseBody<PageList<ArticleListItem>>(res).data ?? []).map(listed);
          else {
            listIncomplete = true;
            note429(res);
          }
        } catch (e) {
          if (!(e instanceof UpstreamFailure)) throw e;
          listIncomplete = true;
        }
        emit({ type: "progress", phase: "list", done: ++pagesDone, total: totalPages });
      }),
    ),
  );

  // 2. Every article, once: ids can repeat when an article is edited while the list is walked.
  const seen = new Set<string>();
  const items = pages
    .flat()
    .filter((a) => a && !seen.has(String(a.id)) && seen.add(String(a.id)))
    .slice(0, MAX_ARTICLES);
  const articlePath = (item: ListedArticle) => buildPath("articles.get", { id: String(item.id) });
  if (charge) {
    const cached = await Promise.all(items.map((item) => isCached({ path: articlePath(item) })));
    if (!(await charge(cached.filter((hit) => !hit).length))) rateLimited = true;
  }
  const found: (InsightArticle | null)[] = new Array(items.length).fill(null);
  let done = 0;
  const step = Math.max(1, Math.floor(items.length / 50));
  emit({ type: "progress", phase: "articles", done: 0, total: items.length });
  await Promise.all(
    items.map((item, i) =>
      limit(async () => {
        if (rateLimited || signal.aborted) return;
        try {
          const res = await callIntercom({ path: articlePath(item), caller });
          if (res.status === 200) found[i] = slim(item, parseBody<Article>(res).statistics);
          // 404: deleted since the list was read; it simply drops out.
          else if (res.status !== 404) note429(res);
        } catch (e) {
          if (!(e instanceof UpstreamFailure)) throw e;
          failed++;
        }
        done++;
        if (done % step === 0 || done === items.length) emit({ type: "progress", phase: "articles", done, total: items.length });
      }),
    ),
  );

  const articles = found.filter((a): a is InsightArticle => a !== null);
  const complete = !rateLimited && failed === 0 && !listIncomplete && !capped;
  return {
    type: "result",
    articles,
    total: Math.max(total, items.length),
    complete,
    rateLimited,
    failed,
    note: complete ? null : describeGap(articles.length, Math.max(total, items.length), rateLimited, failed, listIncomplete, capped),
    generatedAt: Math.floor(Date.now() / 1000),
  };
}

function describeGap(got: number, total: number, rateLimited: boolean, failed: number, listIncomplete: boolean, capped: boolean): string {
  const parts = [`Showing ${got} of ${total} articles.`];
  if (capped) parts.push(`Lens reads at most ${MAX_ARTICLES.toLocaleString("en-US")} articles.`);
  if (rateLimited) parts.push("Intercom rate-limited Lens (or this person's share of Lens's calls ran out) before every article was read, so Lens stopped asking.");
  if (failed > 0) parts.push(`${failed} ${failed === 1 ? "request" : "requests"} to Intercom failed.`);
  if (listIncomplete && !rateLimited) parts.push("Part of the article list could not be read.");
  parts.push("Articles already read are cached, so reloading in a minute fills in the rest without asking Intercom twice.");
  return parts.join(" ");
}
