import type { ArticleListItem, Collection, Section } from "@/lib/intercom/types/content";
import { articleLocales } from "./content";

/** The /articles filters, applied to the full article list in the browser. */

export interface ArticleFilters {
  q: string;
  state: "published" | "draft" | null;
  collection: string | null;
  section: string | null;
  author: string | null;
  lang: string | null;
  sort: "updated_desc" | "updated_asc" | "title";
}

export interface ParentInfo {
  collection: Collection | null;
  section: Section | null;
}

/** Where each article sits: its section (if any) and the collection above it. */
export function parentIndex(articles: readonly ArticleListItem[], collections: readonly Collection[], sections: readonly Section[]): Map<string, ParentInfo> {
  const collectionById = new Map(collections.map((c) => [String(c.id), c]));
  const sectionById = new Map(sections.map((s) => [String(s.id), s]));
  const out = new Map<string, ParentInfo>();
  for (const a of articles) {
    const parent = a.parent_id === null || a.parent_id === undefined ? null : String(a.parent_id);
    const section = parent !== null && a.parent_type !== "collection" ? (sectionById.get(parent) ?? null) : null;
    const collection = section ? (collectionById.get(String(section.parent_id)) ?? null) : parent !== null ? (collectionById.get(parent) ?? null) : null;
    out.set(String(a.id), { collection, section });
  }
  return out;
}

export function filterArticles(articles: readonly ArticleListItem[], parents: Map<string, ParentInfo>, f: ArticleFilters): ArticleListItem[] {
  const q = f.q.trim().toLowerCase();
  const out = articles.filter((a) => {
    if (f.state && a.state !== f.state) return false;
    if (f.author && String(a.author_id ?? "") !== f.author) return false;
    if (f.lang && !articleLocales(a).includes(f.lang)) return false;
    const p = parents.get(String(a.id));
    if (f.section && String(p?.section?.id ?? "") !== f.section) return false;
    if (f.collection && String(p?.collection?.id ?? "") !== f.collection) return false;
    if (q && !(a.title ?? "").toLowerCase().includes(q) && !(a.description ?? "").toLowerCase().includes(q)) return false;
    return true;
  });
  const updated = (a: ArticleListItem) => a.updated_at ?? 0;
  if (f.sort === "title") return out.sort((a, b) => (a.title ?? "").localeCompare(b.title ?? ""));
  return out.sort((a, b) => (f.sort === "updated_asc" ? updated(a) - updated(b) : updated(b) - updated(a)));
}
