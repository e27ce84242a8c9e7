import { describe, expect, it } from "vitest";
import { StoreUnavailable } from "../store";
import { storeFailureResponse } from "../store-response";
import { createTestStore, DIALECTS } from "../store/testing";
import { readArticleSnapshot } from "./snapshot";

describe.each(DIALECTS)("article insights from the store on %s", (dialect) => {
  it("reads the newest day's snapshot and says when it was taken", async () => {
    const t = await createTestStore(dialect);
    try {
      expect(await readArticleSnapshot(t.store)).toEqual({ articles: [], day: null, capturedAt: null });
      const row = (article_id: string, day: string, views: number, captured_at: number) => ({
        article_id,
        day,
        title: `Article ${article_id}`,
        state: "published",
        views,
        conversions: 3,
        reactions: 10,
        happy_pct: 60,
        neutral_pct: 30,
        sad_pct: 10,
        captured_at,
      });
      await t.store.db
        .insertInto("article_stats_daily")
        .values([row("1", "2026-11-22", 100, 1_795_300_000), row("2", "2026-11-22", 40, 1_795_300_000), row("1", "2026-11-23", 130, 1_795_390_000), row("2", "2026-11-23", 41, 1_795_390_100)])
        .execute();
      const snapshot = await readArticleSnapshot(t.store);
      expect(snapshot.day).toBe("2026-11-23");
      expect(snapshot.capturedAt).toBe(1_795_390_100);
      expect(snapshot.articles.map((a) => [a.id, a.statistics?.views, a.statistics?.sad_reaction_percentage])).toEqual([
        ["1", 130, 10],
        ["2", 41, 10],
      ]);
    } finally {
      await t.dispose();
    }
  });
});

describe("a store that is down", () => {
  it("answers 503 in Intercom's error envelope, without a stack trace", async () => {
    const res = storeFailureResponse(new StoreUnavailable("Lens's store is unavailable: connect ECONNREFUSED 127.0.0.1:5432"));
    expect(res.status).toBe(503);
    const body = (await res.json()) as { type: string; errors: { code: string; message: string }[] };
    expect(body.type).toBe("error.list");
    expect(body.errors[0]!.code).toBe("store_unavailable");
    expect(body.errors[0]!.message).toContain("ECONNREFUSED");
    expect(body.errors[0]!.message).not.toMatch(/\n\s+at /);
  });
});
