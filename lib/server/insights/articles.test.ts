import { beforeEach, describe, expect, it } from "vitest";
import { createFakeIntercom, type FakeIntercom } from "@/lib/fake/server";
import type { InsightsEvent } from "@/lib/articles/insights-types";
import { readStatistics } from "@/lib/articles/statistics";
import { configureIntercomClient } from "../intercom/client";
import type { IntercomSettings } from "../env";
import type { Transport } from "../intercom/transport";
import { firstArticlePage, gatherArticleInsights } from "./articles";

const settings: IntercomSettings = { mode: "live", token: "t", baseUrl: "https://api.intercom.io", region: "us", timeoutMs: 5_000, cacheTtlMs: 30_000, fakeScale: "default" };

function transportFor(fake: FakeIntercom): Transport {
  return async ({ method, path, accept, signal }) => {
    const res = await fake(new Request(`https://api.intercom.io${path}`, { method, headers: { accept }, signal }));
    return { status: res.status, header: (n) => res.headers.get(n) ?? undefined, body: res.body ?? new ReadableStream({ start: (c) => c.close() }) };
  };
}

async function run(charge?: (cost: number) => Promise<boolean>): Promise<{ events: InsightsEvent[]; result: Extract<InsightsEvent, { type: "result" }> }> {
  const events: InsightsEvent[] = [];
  const result = await gatherArticleInsights(await firstArticlePage(), (e) => events.push(e), new AbortController().signal, { charge });
  return { events, result };
}

describe("gatherArticleInsights", () => {
  let fake: FakeIntercom;
  beforeEach(() => {
    fake = createFakeIntercom({ scale: "large" });
    configureIntercomClient(settings, transportFor(fake));
  });

  it("walks every list page, reads each article once, and reports progress", async () => {
    const { events, result } = await run();
    expect(result.complete).toBe(true);
    expect(result.note).toBeNull();
    expect(result.articles).toHaveLength(1_000);
    expect(new Set(result.articles.map((a) => a.id)).size).toBe(1_000);
    expect(fake.stats.byEndpoint["articles.list"]).toBe(7);
    expect(fake.stats.byEndpoint["articles.get"]).toBe(1_000);
    const last = events.filter((e) => e.type === "progress" && e.phase === "articles").at(-1);
    expect(last).toMatchObject({ done: 1_000, total: 1_000 });
  });

  it("passes each article's statistics through untouched, so the article page shows the same numbers", async () => {
    const { result } = await run();
    const sample = result.articles[42]!;
    const direct = await (await fake(new Request(`https://api.intercom.io/articles/${sample.id}`))).json();
    expect(sample.statistics).toEqual(direct.statistics);
    expect(readStatistics(sample.statistics)).toEqual(readStatistics(direct.statistics));
  });

  it("serves a second run from the cache without calling Intercom again", async () => {
    await run();
    const calls = fake.stats.calls;
    const { result } = await run();
    expect(result.articles).toHaveLength(1_000);
    expect(fake.stats.calls).toBe(calls);
  });

  it("charges the caller one per article not cached before reading them, and reads none when refused", async () => {
    const charged: number[] = [];
    await run(async (cost) => {
      charged.push(cost);
      return true;
    });
    await run(async (cost) => {
      charged.push(cost);
      return true;
    });
    expect(charged).toEqual([1_000, 0]);

    fake = createFakeIntercom({ scale: "large" });
    configureIntercomClient(settings, transportFor(fake));
    const { result } = await run(async () => false);
    expect(fake.stats.byEndpoint["articles.get"] ?? 0).toBe(0);
    expect(result.complete).toBe(false);
    expect(result.note).toMatch(/stopped asking/);
  });

  it("stops asking and returns partial results with a note when Intercom keeps rate-limiting", async () => {
    // A reset far in the future: the client will not wait that long, so the 429 comes back.
    fake.setFault({ kind: "rate_limit", resetInSeconds: 60, pathPrefix: "/articles/", times: 20 });
    const { result } = await run();
    expect(result.complete).toBe(false);
    expect(result.rateLimited).toBe(true);
    expect(result.articles.length).toBeLessThan(1_000);
    expect(result.note).toMatch(/rate-limited/);
    expect(result.note).toMatch(new RegExp(`Showing ${result.articles.length} of 1000 articles`));
    // It stopped early instead of hammering Intercom with the remaining articles.
    expect(fake.stats.calls).toBeLessThan(7 + 40);
  });
});
