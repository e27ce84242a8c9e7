import type { ArticleListItem, Collection, HelpCenter, Section } from "@/lib/intercom/types/content";

/**
 * Builds the help center tree (help center → collection → section → article) from the flat lists
 * Intercom returns, linking children to parents by id. Ids arrive as strings on the records and as
 * numbers in `parent_id` / `help_center_id`, so every comparison goes through String().
 */

export interface ArticleCounts {
  total: number;
  published: number;
  draft: number;
}

export interface SectionNode {
  section: Section;
  articles: ArticleListItem[];
  counts: ArticleCounts;
}

export interface CollectionNode {
  collection: Collection;
  sections: SectionNode[];
  /** Articles placed directly in the collection, not in one of its sections. */
  articles: ArticleListItem[];
  /** Every article under the collection, its sections' included. */
  counts: ArticleCounts;
}

export interface HelpCenterNode {
  center: HelpCenter;
  collections: CollectionNode[];
  counts: ArticleCounts;
}

export interface HelpCenterTree {
  centers: HelpCenterNode[];
  /** Collections whose help center is missing or unknown. */
  unplacedCollections: CollectionNode[];
  /** Sections whose collection is missing or unknown. */
  unplacedSections: SectionNode[];
  /** Articles with no parent: they stand alone, outside every collection. */
  orphans: ArticleListItem[];
  /** Articles whose parent id points at no collection or section Lens knows. */
  unresolved: ArticleListItem[];
}

const key = (id: unknown): string | null => (id === null || id === undefined || id === "" ? null : String(id));

export function countArticles(articles: readonly ArticleListItem[]): ArticleCounts {
  let published = 0;
  let draft = 0;
  for (const a of articles) {
    if (a.state === "published") published++;
    else if (a.state === "draft") draft++;
  }
  return { total: articles.length, published, draft };
}

function addCounts(...all: ArticleCounts[]): ArticleCounts {
  return all.reduce((sum, c) => ({ total: sum.total + c.total, published: sum.published + c.published, draft: sum.draft + c.draft }), { total: 0, published: 0, draft: 0 });
}

const byOrderThenName = <T extends { order?: number | null; name?: string | null }>(a: T, b: T) =>
  (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || (a.name ?? "").localeCompare(b.name ?? "");

const byTitle = (a: ArticleListItem, b: ArticleListItem) => (a.title ?? "").localeCompare(b.title ?? "");

export function buildHelpCenterTree(input: {
  helpCenters: readonly HelpCenter[];
  collections: readonly Collection[];
  sections: readonly Section[];
  articles: readonly ArticleListItem[];
}): HelpCenterTree {
  const collectionIds = new Set(input.collections.map((c) => String(c.id)));
  const sectionIds = new Set(input.sections.map((s) => String(s.id)));

  const underCollection = new Map<string, ArticleListItem[]>();
  const underSection = new Map<string, ArticleListItem[]>();
  const orphans: ArticleListItem[] = [];
  const unresolved: ArticleListItem[] = [];
  const push = (map: Map<string, ArticleListItem[]>, id: string, a: ArticleListItem) => map.set(id, [...(map.get(id) ?? []), a]);

  for (const article of input.articles) {
    const parent = key(article.parent_id);
    if (parent === null) {
      orphans.push(article);
      continue;
    }
    // parent_type says which list to look in; without it, a section id wins (sections are deeper).
    const isSection = article.parent_type === "section" || (article.parent_type !== "collection" && sectionIds.has(parent));
    if (isSection && sectionIds.has(parent)) push(underSection, parent, article);
    else if (!isSection && collectionIds.has(parent)) push(underCollection, parent, article);
    else unresolved.push(article);
  }

  const sectionNode = (section: Section): SectionNode => {
    const articles = (underSection.get(String(section.id)) ?? []).sort(byTitle);
    return { section, articles, counts: countArticles(articles) };
  };
  const sectionsByCollection = new Map<string, SectionNode[]>();
  const unplacedSections: SectionNode[] = [];
  for (const section of [...input.sections].sort(byOrderThenName)) {
    const parent = key(section.parent_id);
    if (parent !== null && collectionIds.has(parent)) sectionsByCollection.set(parent, [...(sectionsByCollection.get(parent) ?? []), sectionNode(section)]);
    else unplacedSections.push(sectionNode(section));
  }

  const collectionNode = (collection: Collection): CollectionNode => {
    const sections = sectionsByCollection.get(String(collection.id)) ?? [];
    const articles = (underCollection.get(String(collection.id)) ?? []).sort(byTitle);
    return { collection, sections, articles, counts: addCounts(countArticles(articles), ...sections.map((s) => s.counts)) };
  };

  const centerIds = new Set(input.helpCenters.map((h) => String(h.id)));
  const collectionsByCenter = new Map<string, CollectionNode[]>();
  const unplacedCollections: CollectionNode[] = [];
  for (const collection of [...input.collections].sort(byOrderThenName)) {
    const center = key(collection.help_center_id);
    if (center !== null && centerIds.has(center)) collectionsByCenter.set(center, [...(collectionsByCenter.get(center) ?? []), collectionNode(collection)]);
    else unplacedCollections.push(collectionNode(collection));
  }

  const centers = input.helpCenters.map((center) => {
    const collections = collectionsByCenter.get(String(center.id)) ?? [];
    return { center, collections, counts: addCounts(...collections.map((c) => c.counts)) };
  });

  return { centers, unplacedCollections, unplacedSections, orphans: orphans.sort(byTitle), unresolved: unresolved.sort(byTitle) };
}

export function findCollection(tree: HelpCenterTree, id: string): { node: CollectionNode; center: HelpCenterNode | null } | null {
  for (const center of tree.centers) {
    const node = center.collections.find((c) => String(c.collection.id) === id);
    if (node) return { node, center };
  }
  const node = tree.unplacedCollections.find((c) => String(c.collection.id) === id);
  return node ? { node, center: null } : null;
}

export function findSection(tree: HelpCenterTree, id: string): { node: SectionNode; collection: CollectionNode | null } | null {
  for (const center of tree.centers.map((c) => c.collections).concat([tree.unplacedCollections])) {
    for (const collection of center) {
      const node = collection.sections.find((s) => String(s.section.id) === id);
      if (node) return { node, collection };
    }
  }
  const node = tree.unplacedSections.find((s) => String(s.section.id) === id);
  return node ? { node, collection: null } : null;
}
