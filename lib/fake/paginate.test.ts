import { describe, expect, it } from "vitest";
import { cursorPage, decodeCursor, encodeCursor, lazySeq, linkPage, pagePage, seq } from "./paginate";
import { FakeBadRequest } from "./respond";

const LENGTHS = [0, 1, 49, 50, 51, 150, 151, 1_000];

/** A sequence that records every index it is asked for, to prove pages are generated lazily. */
function tracked(length: number) {
  const touched: number[] = [];
  return { s: lazySeq(length, (i) => (touched.push(i), `item-${i}`)), touched };
}

function expectEachOnce(seen: string[], length: number) {
  expect(seen).toHaveLength(length);
  expect(new Set(seen).size).toBe(length);
  expect(seen).toEqual(Array.from({ length }, (_, i) => `item-${i}`));
}

describe("cursor pagination", () => {
  it.each(LENGTHS)("walks %i items, each exactly once, and ends without pages.next", (length) => {
    for (const perPage of [1, 7, 50, 150]) {
      if (length / perPage > 200) continue;
      const { s } = tracked(length);
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      for (;;) {
        const page = cursorPage(s, { perPage, startingAfter: cursor, defaultPerPage: 50 });
        expect(page.total_count).toBe(length);
        expect(page.pages.per_page).toBe(perPage);
        expect(page.pages.page).toBe(++pages);
        seen.push(...page.items);
        if (!page.pages.next) break;
        expect(page.pages.next.per_page).toBe(perPage);
        cursor = page.pages.next.starting_after;
      }
      expectEachOnce(seen, length);
      expect(pages).toBe(Math.max(1, Math.ceil(length / perPage)));
    }
  });

  it("touches only the requested page of a million-item sequence", () => {
    const { s, touched } = tracked(1_000_000);
    const first = cursorPage(s, { perPage: 150, defaultPerPage: 50 });
    const second = cursorPage(s, { perPage: 150, startingAfter: first.pages.next!.starting_after, defaultPerPage: 50 });
    expect(second.items[0]).toBe("item-150");
    expect(second.pages.total_pages).toBe(6_667);
    expect(touched).toHaveLength(300);
  });

  it("uses the default page size and clamps per_page at 150", () => {
    expect(cursorPage(seq(["a"]), { defaultPerPage: 50 }).pages.per_page).toBe(50);
    expect(cursorPage(seq(["a"]), { perPage: 1_000, defaultPerPage: 50 }).pages.per_page).toBe(150);
  });

  it("refuses a cursor it never issued instead of starting over", () => {
    expect(decodeCursor(encodeCursor(300))).toBe(300);
    expect(() => cursorPage(seq(["a", "b"]), { startingAfter: "not-a-cursor", defaultPerPage: 1 })).toThrow(FakeBadRequest);
  });
});

describe("page pagination", () => {
  it.each(LENGTHS)("walks %i items page by page, each exactly once", (length) => {
    for (const perPage of [1, 15, 150]) {
      if (length / perPage > 200) continue;
      const s = lazySeq(length, (i) => `item-${i}`);
      const first = pagePage(s, { per_page: String(perPage) }, 20);
      const seen: string[] = [];
      for (let page = 1; page <= first.pages.total_pages; page++) {
        const p = pagePage(s, { page: String(page), per_page: String(perPage) }, 20);
        expect(p.pages).toEqual({ type: "pages", page, per_page: perPage, total_pages: Math.max(1, Math.ceil(length / perPage)) });
        expect("next" in p.pages).toBe(false);
        seen.push(...p.items);
      }
      expectEachOnce(seen, length);
    }
  });

  it("answers a page past the end with no items", () => {
    expect(pagePage(seq(["a", "b"]), { page: "9", per_page: "1" }, 20).items).toEqual([]);
  });
});

describe("link pagination", () => {
  const base = "https://api.intercom.io/contacts/64f1c0000000000000000001/companies";

  it.each(LENGTHS)("follows pages.next for %i items, each exactly once, until it is null", (length) => {
    const s = lazySeq(length, (i) => `item-${i}`);
    const seen: string[] = [];
    let query: Record<string, string> = { per_page: "7" };
    for (let guard = 0; guard < 500; guard++) {
      const p = linkPage(s, query, 10, (page) => `${base}?per_page=7&page=${page}`);
      seen.push(...p.items);
      if (p.pages.next === null) break;
      const next = new URL(p.pages.next);
      expect(next.origin + next.pathname).toBe(base);
      query = Object.fromEntries(next.searchParams);
    }
    expectEachOnce(seen, length);
  });
});
