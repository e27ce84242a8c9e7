import { describe, expect, it } from "vitest";
import { articleTrend, dailyChanges, fallingViews, historyDays, movers, risingSadness, workspaceDaily, type ArticleSnapshot } from "./article-history";

function snap(article_id: string, day: string, views: number, sad_pct = 10, reactions = 0, conversions = 0): ArticleSnapshot {
  return { article_id, day, title: `Article ${article_id}`, views, conversions, reactions, sad_pct };
}

describe("article history", () => {
  it("turns all-time totals into per-day differences, crediting gaps to the later day and never going negative", () => {
    const a = [snap("a", "2026-11-03", 130, 10, 7), snap("a", "2026-11-01", 100, 10, 5), snap("a", "2026-11-02", 110, 10, 5), snap("a", "2026-11-06", 125, 10, 9)];
    expect(dailyChanges(a)).toEqual([
      { day: "2026-11-02", views: 10, conversions: 0, reactions: 0, span: 1 },
      { day: "2026-11-03", views: 20, conversions: 0, reactions: 2, span: 1 },
      { day: "2026-11-06", views: 0, conversions: 0, reactions: 2, span: 3 },
    ]);
    const b = [snap("b", "2026-11-01", 5), snap("b", "2026-11-02", 8)];
    expect(
      workspaceDaily(
        new Map([
          ["a", a],
          ["b", b],
        ]),
      )[0],
    ).toEqual({ day: "2026-11-02", views: 13, conversions: 0, reactions: 0, span: 1 });
  });

  it("compares the last 7 days with the 7 before, and finds movers, falls and rising sadness", () => {
    // falls: 1000 → 1100 (+100) → 1130 (+30), sad 10 → 10
    const falls = [snap("f", "2026-11-01", 1000), snap("f", "2026-11-08", 1100), snap("f", "2026-11-15", 1130)];
    // grows: +10 then +90, sad 5 → 15
    const grows = [snap("g", "2026-11-01", 0, 5), snap("g", "2026-11-08", 10, 5), snap("g", "2026-11-15", 100, 15)];
    const trends = [articleTrend(falls)!, articleTrend(grows)!];
    expect(trends[0]).toMatchObject({ views7: 30, viewsPrev7: 100, sadNow: 10, sadBefore: 10 });
    expect(trends[1]).toMatchObject({ views7: 90, viewsPrev7: 10, sadNow: 15, sadBefore: 5 });
    expect(movers(trends).map((t) => t.article_id)).toEqual(["g", "f"]); // |+80| beats |-70|
    expect(fallingViews(trends).map((t) => t.article_id)).toEqual(["f"]);
    expect(risingSadness(trends).map((t) => t.article_id)).toEqual(["g"]);
    expect(articleTrend([snap("n", "2026-11-15", 3)])).toBeNull();
  });

  it("counts the days the history covers", () => {
    expect(historyDays([])).toBe(0);
    expect(historyDays(["2026-11-15"])).toBe(1);
    expect(historyDays(["2026-11-16", "2026-11-14"])).toBe(3);
  });
});
