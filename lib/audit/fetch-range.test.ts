import { describe, expect, it } from "vitest";
import { createFakeIntercom } from "@/lib/fake/server";
import type { ActivityLogList } from "@/lib/intercom/types/activity-logs";
import { fetchActivityRange, sliceRange, type PageFetcher } from "./fetch-range";

const DAY = 86_400;

function fakeFetcher() {
  const fake = createFakeIntercom({ scale: "default" });
  const calls: Record<string, string>[] = [];
  const fetchPage: PageFetcher = async (query) => {
    const q = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)]));
    calls.push(q);
    const res = await fake(new Request(`https://api.intercom.io/admins/activity_logs?${new URLSearchParams(q)}`));
    return (await res.json()) as ActivityLogList;
  };
  return { fake, fetchPage, calls };
}

describe("fetching a whole range", () => {
  it("cuts long ranges into at most 8 contiguous slices", () => {
    const slices = sliceRange(0, 90 * DAY);
    expect(slices).toHaveLength(8);
    expect(slices[0]![0]).toBe(0);
    expect(slices.at(-1)![1]).toBe(90 * DAY);
    for (let i = 1; i < slices.length; i++) expect(slices[i]![0]).toBe(slices[i - 1]![1] + 1);
    expect(sliceRange(0, DAY)).toHaveLength(1);
  });

  it("returns every entry of the range once, newest first, always sending created_at_after", async () => {
    const { fake, fetchPage, calls } = fakeFetcher();
    const now = fake.workspace.now;
    const logs = await fetchActivityRange({ after: now - 60 * DAY, before: now, fetchPage });

    // The same range walked in one sequential cursor walk.
    let sequential = 0;
    let cursor: string | null | undefined;
    do {
      const page = await fetchPage({ created_at_after: now - 60 * DAY, created_at_before: now, per_page: 150, ...(cursor ? { starting_after: cursor } : {}) });
      sequential += page.activity_logs?.length ?? 0;
      cursor = page.pages?.next?.starting_after;
    } while (cursor);
    expect(sequential).toBeGreaterThan(1_000);
    expect(logs).toHaveLength(sequential);
    expect(new Set(logs.map((l) => l.id)).size).toBe(logs.length);
    for (let i = 1; i < logs.length; i++) expect(logs[i]!.created_at!).toBeLessThanOrEqual(logs[i - 1]!.created_at!);
    expect(calls.every((c) => c.created_at_after)).toBe(true);
  });
});
