import { describe, expect, it } from "vitest";
import type { ArticleListItem, Collection, HelpCenter, Section } from "@/lib/intercom/types/content";
import { buildHelpCenterTree, findCollection, findSection } from "./tree";

const center = (id: string, name: string): HelpCenter => ({ id, display_name: name });
const collection = (id: string, helpCenter: number | null, order: number, name = `Collection ${id}`): Collection => ({ id, name, help_center_id: helpCenter, order });
const section = (id: string, parent: number, order: number): Section => ({ id, name: `Section ${id}`, parent_id: parent, order });
const article = (id: string, title: string, parent: number | null, parentType: "collection" | "section" | null, state: "published" | "draft" = "published"): ArticleListItem => ({
  id,
  title,
  parent_id: parent,
  parent_type: parentType,
  state,
});

describe("buildHelpCenterTree", () => {
  const helpCenters = [center("1", "Customers"), center("2", "Developers")];
  const collections = [collection("10", 1, 2, "Billing"), collection("11", 1, 1, "Getting started"), collection("20", 2, 1, "API")];
  const sections = [section("100", 10, 2), section("101", 10, 1), section("200", 20, 1)];
  const articles = [
    article("a1", "Download an invoice", 100, "section"),
    article("a2", "Add a VAT number", 100, "section", "draft"),
    article("a3", "Compare plans", 101, "section"),
    article("a4", "Close your account", 10, "collection", "draft"),
    article("a5", "Create an account", 11, "collection"),
    article("a6", "Rate limits", 200, "section"),
    article("a7", "Standalone note", null, null),
    article("a8", "Lost article", 999, "collection"),
  ];
  const tree = buildHelpCenterTree({ helpCenters, collections, sections, articles });

  it("puts articles under sections under collections under their help center", () => {
    const customers = tree.centers[0]!;
    expect(customers.center.display_name).toBe("Customers");
    expect(customers.collections.map((c) => c.collection.name)).toEqual(["Getting started", "Billing"]);
    const billing = customers.collections[1]!;
    expect(billing.sections.map((s) => s.section.id)).toEqual(["101", "100"]);
    expect(billing.sections[1]!.articles.map((a) => a.title)).toEqual(["Add a VAT number", "Download an invoice"]);
    expect(billing.articles.map((a) => a.id)).toEqual(["a4"]);
  });

  it("counts every article under a collection, with published and draft markers", () => {
    const billing = tree.centers[0]!.collections[1]!;
    expect(billing.counts).toEqual({ total: 4, published: 2, draft: 2 });
    expect(billing.sections[1]!.counts).toEqual({ total: 2, published: 1, draft: 1 });
    expect(tree.centers[0]!.counts).toEqual({ total: 5, published: 3, draft: 2 });
  });

  it("keeps several help centers apart", () => {
    const developers = tree.centers[1]!;
    expect(developers.collections.map((c) => c.collection.name)).toEqual(["API"]);
    expect(developers.collections[0]!.sections[0]!.articles.map((a) => a.id)).toEqual(["a6"]);
    expect(developers.counts.total).toBe(1);
  });

  it("lists orphans (no parent) and articles whose parent is unknown separately", () => {
    expect(tree.orphans.map((a) => a.id)).toEqual(["a7"]);
    expect(tree.unresolved.map((a) => a.id)).toEqual(["a8"]);
  });

  it("matches numeric parent ids against string record ids", () => {
    const t = buildHelpCenterTree({ helpCenters, collections, sections, articles: [{ id: "x", parent_id: "100", parent_type: "section", state: "published" }] });
    expect(findSection(t, "100")!.node.articles.map((a) => a.id)).toEqual(["x"]);
  });

  it("uses parent_type to tell a collection from a section with the same id", () => {
    const clash = buildHelpCenterTree({
      helpCenters,
      collections: [collection("5", 1, 1)],
      sections: [section("5", 5, 1)],
      articles: [article("in-collection", "A", 5, "collection"), article("in-section", "B", 5, "section")],
    });
    const found = findCollection(clash, "5")!;
    expect(found.node.articles.map((a) => a.id)).toEqual(["in-collection"]);
    expect(found.node.sections[0]!.articles.map((a) => a.id)).toEqual(["in-section"]);
  });

  it("keeps collections and sections whose parent is missing visible", () => {
    const t = buildHelpCenterTree({ helpCenters, collections: [collection("30", null, 1), collection("31", 77, 2)], sections: [section("300", 999, 1)], articles: [] });
    expect(t.unplacedCollections.map((c) => c.collection.id)).toEqual(["30", "31"]);
    expect(t.unplacedSections.map((s) => s.section.id)).toEqual(["300"]);
    expect(findCollection(t, "31")!.center).toBeNull();
  });

  it("finds a section with its collection", () => {
    const found = findSection(tree, "200")!;
    expect(found.collection!.collection.name).toBe("API");
    expect(findSection(tree, "nope")).toBeNull();
  });
});
