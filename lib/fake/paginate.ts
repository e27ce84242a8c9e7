import { FakeBadRequest } from "./respond";

/**
 * Intercom's pagination styles over a lazily generated sequence. A sequence only needs a length
 * and an `at(i)`, so the large workspace can page through a million records without holding them.
 */

export interface Sequence<T> {
  length: number;
  at(index: number): T;
}

export function seq<T>(items: readonly T[]): Sequence<T> {
  return { length: items.length, at: (i) => items[i]! };
}

export function lazySeq<T>(length: number, at: (index: number) => T): Sequence<T> {
  return { length, at };
}

function slice<T>(s: Sequence<T>, from: number, count: number): T[] {
  const out: T[] = [];
  for (let i = from; i < Math.min(s.length, from + count); i++) out.push(s.at(i));
  return out;
}

function perPageOf(query: Record<string, string>, fallback: number): number {
  const n = Number(query.per_page);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 150) : fallback;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): number | null {
  if (!cursor) return 0;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const m = /^o:(\d+)$/.exec(text);
  return m ? Number(m[1]) : null;
}

/** Cursor style: `pages.next.starting_after`, absent on the last page. */
export function cursorPage<T>(s: Sequence<T>, opts: { perPage?: string | number; startingAfter?: string; defaultPerPage: number }) {
  const perPage = perPageOf({ per_page: String(opts.perPage ?? "") }, opts.defaultPerPage);
  const offset = decodeCursor(opts.startingAfter);
  if (offset === null) throw new FakeBadRequest("starting_after is not a cursor this list returned.");
  const items = slice(s, offset, perPage);
  const totalPages = Math.max(1, Math.ceil(s.length / perPage));
  const nextOffset = offset + perPage;
  return {
    items,
    total_count: s.length,
    pages: {
      type: "pages" as const,
      ...(nextOffset < s.length ? { next: { per_page: perPage, starting_after: encodeCursor(nextOffset) } } : {}),
      page: Math.floor(offset / perPage) + 1,
      per_page: perPage,
      total_pages: totalPages,
    },
  };
}

/** Page style: `?page=N&per_page=M`, `pages` without `next`. */
export function pagePage<T>(s: Sequence<T>, query: Record<string, string>, defaultPerPage: number) {
  const perPage = perPageOf(query, defaultPerPage);
  const page = Math.max(1, Number(query.page) || 1);
  const totalPages = Math.max(1, Math.ceil(s.length / perPage));
  return {
    items: slice(s, (page - 1) * perPage, perPage),
    total_count: s.length,
    pages: { type: "pages" as const, page, per_page: perPage, total_pages: totalPages },
  };
}

/** Link style: `pages.next` is the absolute URL of the next page, or null. */
export function linkPage<T>(s: Sequence<T>, query: Record<string, string>, defaultPerPage: number, nextUrl: (page: number) => string) {
  const base = pagePage(s, query, defaultPerPage);
  const { page, total_pages } = base.pages;
  return { ...base, pages: { ...base.pages, next: page < total_pages ? nextUrl(page + 1) : null } };
}
