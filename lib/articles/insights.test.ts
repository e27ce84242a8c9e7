import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { insightsCsv } from "./csv";
import type { InsightArticle } from "./insights-types";
import { highTrafficLowSatisfaction, highTrafficThreshold, reactionMix, sortRows, toRows, topByConversionRate, topByViews, totals } from "./insights";
import { readStatistics } from "./statistics";

function article(id: string, views: number, conversions: number, reactions: number, mix: [number, number, number] | null, extra: Partial<InsightArticle> = {}): InsightArticle {
  return {
    id,
    title: `Article ${id}`,
    state: "published",
    url: `https://help.example/articles/${id}`,
    parent_id: null,
    parent_type: null,
    author_id: "1",
    updated_at: 1_700_000_000,
    default_locale: "en",
    statistics: {
      type: "article_statistics",
      views,
      conversions,
      reactions,
      happy_reaction_percentage: mix?.[0] ?? 0,
      neutral_reaction_percentage: mix?.[1] ?? 0,
      sad_reaction_percentage: mix?.[2] ?? 0,
    },
    ...extra,
  };
}

const articles = [
  article("1", 5000, 50, 200, [60, 20, 20]),
  article("2", 12000, 600, 400, [30, 20, 50]),
  article("3", 80, 40, 2, [50, 0, 50]),
  article("4", 900, 9, 30, [90, 10, 0]),
  article("5", 3000, 45, 100, [40, 25, 35]),
  { ...article("6", 0, 0, 0, null), statistics: null },
];
const rows = toRows(articles);

describe("readStatistics", () => {
  it("reads conversions, and the 2.9 example's `conversations` when conversions is absent", () => {
    expect(readStatistics({ views: 200, conversions: 4 })!.conversionRate).toBe(0.02);
    expect(readStatistics({ views: 200, conversations: 10 })!.conversions).toBe(10);
    expect(readStatistics({ views: 0, conversions: 0 })!.conversionRate).toBeNull();
    expect(readStatistics(null)).toBeNull();
  });
});

describe("insights aggregation", () => {
  it("totals views and conversions, and weights reaction shares by reactions", () => {
    const t = totals(rows);
    expect(t.views).toBe(20980);
    expect(t.conversions).toBe(744);
    expect(t.reactions).toBe(732);
    expect(t.conversionRate).toBeCloseTo(744 / 20980, 10);
    // sad reactions: 40 + 200 + 1 + 0 + 35 = 276 of 732
    expect(t.sad).toBeCloseTo((276 / 732) * 100, 10);
    expect(t.happy! + t.neutral! + t.sad!).toBeCloseTo(100, 10);
  });

  it("ranks the most viewed articles first", () => {
    expect(topByViews(rows, 3).map((r) => r.id)).toEqual(["2", "1", "5"]);
  });

  it("ranks conversion rate only among articles with enough views", () => {
    // Article 3 converts 50% but on 80 views: too few to rank.
    expect(topByConversionRate(rows).map((r) => r.id)).toEqual(["2", "5", "1", "4"]);
    expect(topByConversionRate(rows)[0]!.conversionRate).toBeCloseTo(0.05, 10);
  });

  it("shows the reaction mix of articles with enough reactions, most reacted first", () => {
    expect(reactionMix(rows).map((r) => r.id)).toEqual(["2", "1", "5", "4"]);
  });

  it("flags high-traffic articles with many sad reactions", () => {
    expect(highTrafficThreshold(rows)).toBe(5000);
    expect(highTrafficLowSatisfaction(rows).map((r) => r.id)).toEqual(["2"]);
  });

  it("sorts the table either way, with missing numbers last", () => {
    expect(sortRows(rows, "views", "asc").map((r) => r.id)).toEqual(["3", "4", "5", "1", "2", "6"]);
    expect(sortRows(rows, "sad", "desc").map((r) => r.id)).toEqual(["2", "3", "5", "1", "4", "6"]);
    expect(sortRows(rows, "conversionRate", "desc").at(-1)!.id).toBe("6");
  });

  it("exports every row to CSV with links, and neutralises spreadsheet formulae", () => {
    const csv = insightsCsv(toRows([article("9", 10, 1, 0, null, { title: '=HYPERLINK("x")' })]), "https://lens.example");
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true }).data[0]!;
    expect(parsed.article_id).toBe("9");
    expect(parsed.title!.startsWith("'=")).toBe(true);
    expect(parsed.conversion_rate_percent).toBe("10.00");
    expect(parsed.lens_url).toBe("https://lens.example/articles/9");
  });
});
