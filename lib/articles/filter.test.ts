import { describe, expect, it } from "vitest";
import type { ArticleListItem } from "@/lib/intercom/types/content";
import { filterArticles, parentIndex, type ArticleFilters } from "./filter";

const collections = [
  { id: "1", name: "Billing" },
  { id: "2", name: "Shipping" },
];
const sections = [{ id: "10", name: "Invoices", parent_id: 1 }];
const articles: ArticleListItem[] = [
  {
    id: "a",
    title: "Download an invoice",
    parent_id: 10,
    parent_type: "section",
    state: "published",
    author_id: 7,
    updated_at: 300,
    default_locale: "en",
    translated_content: { type: "article_translated_content", en: { title: "Download an invoice" }, fr: { title: "Télécharger une facture" } },
  },
  { id: "b", title: "Refunds", parent_id: 1, parent_type: "collection", state: "draft", author_id: 8, updated_at: 100 },
  { id: "c", title: "Track a parcel", parent_id: 2, parent_type: "collection", state: "published", author_id: 7, updated_at: 200 },
  { id: "d", title: "Loose note", parent_id: null, state: "published", author_id: 8, updated_at: 400 },
];
const parents = parentIndex(articles, collections, sections);
const none: ArticleFilters = { q: "", state: null, collection: null, section: null, author: null, lang: null, sort: "updated_desc" };
const ids = (f: Partial<ArticleFilters>) => filterArticles(articles, parents, { ...none, ...f }).map((a) => a.id);

describe("filterArticles", () => {
  it("sorts by last update, newest first by default", () => {
    expect(ids({})).toEqual(["d", "a", "c", "b"]);
    expect(ids({ sort: "updated_asc" })).toEqual(["b", "c", "a", "d"]);
  });

  it("filters a collection including its sections' articles", () => {
    expect(ids({ collection: "1" })).toEqual(["a", "b"]);
    expect(ids({ section: "10" })).toEqual(["a"]);
  });

  it("filters by state, author and language", () => {
    expect(ids({ state: "draft" })).toEqual(["b"]);
    expect(ids({ author: "7" })).toEqual(["a", "c"]);
    expect(ids({ lang: "fr" })).toEqual(["a"]);
    // Without translated_content an article is in its default language (English).
    expect(ids({ lang: "en" })).toEqual(["d", "a", "c", "b"]);
  });
});
