/**
 * Upstream calls per page: each page's first view on a freshly started Lens (empty server cache), then
 * a repeat view in a new browser context within the cache TTL, and the longest chain of calls that
 * waited on each other.
 */
import type { Browser } from "playwright";
import { visit, type Visit } from "./browser";
import { pendingEndpoints, type FakeHttp, type UpstreamCall } from "./fake-http";
import type { LensServer } from "./lens-server";
import type { Row } from "./report";
import { longestChain } from "./stats";

export interface PageBudget {
  path: string;
  first: UpstreamCall[];
  repeat: UpstreamCall[];
  chain: UpstreamCall[];
  visit: Visit;
  builtState: "built" | "not built" | "api pending";
}

export interface BudgetOptions {
  startLens(): Promise<LensServer>;
  log(line: string): void;
}

export async function measureUpstreamBudget(browser: Browser, fake: FakeHttp, paths: readonly string[], { startLens, log }: BudgetOptions): Promise<PageBudget[]> {
  const results: PageBudget[] = [];
  for (const path of paths) {
    const lens = await startLens();
    try {
      const mark = fake.calls.length;
      const first = await visit(browser, lens.url, path);
      await settle(fake);
      const firstCalls = fake.calls.slice(mark);
      const mark2 = fake.calls.length;
      await visit(browser, lens.url, path);
      await settle(fake);
      const repeatCalls = fake.calls.slice(mark2);
      const builtState = first.status === 404 ? "not built" : [...firstCalls, ...repeatCalls].some((c) => c.status === 501) ? "api pending" : "built";
      const chain = longestChain(firstCalls);
      results.push({ path, first: firstCalls, repeat: repeatCalls, chain, visit: first, builtState });
      log(`  ${path}: HTTP ${first.status}, first view ${firstCalls.length} calls (chain ${chain.length}), repeat ${repeatCalls.length}${builtState === "built" ? "" : ` [${builtState}]`}`);
    } finally {
      await lens.stop();
    }
  }
  return results;
}

/** Waits until the fake has had no call for a moment, so late calls land in the right view. */
async function settle(fake: FakeHttp, quietMs = 300): Promise<void> {
  let seen = fake.calls.length;
  for (;;) {
    await new Promise((r) => setTimeout(r, quietMs));
    if (fake.calls.length === seen) return;
    seen = fake.calls.length;
  }
}

export function budgetRows(pages: readonly PageBudget[]): Row[] {
  return pages.map((p) => {
    const value = `first ${p.first.length} calls, chain ${p.chain.length}; repeat ${p.repeat.length}`;
    const target = "chain ≤ 2; repeat 0";
    if (p.builtState !== "built") {
      const note = p.builtState === "api pending" ? `${pendingEndpoints([...p.first, ...p.repeat]).join(", ")} answer 501 (retried by Lens, never cached)` : "the page answers 404";
      return { area: "Upstream budget", metric: p.path, value, target, status: "not built" as const, note };
    }
    const ok = p.chain.length <= 2 && p.repeat.length === 0;
    return {
      area: "Upstream budget",
      metric: p.path,
      value,
      target,
      status: ok ? ("pass" as const) : ("fail" as const),
      note: p.chain.length > 1 ? `chain: ${p.chain.map((c) => c.endpoint).join(" → ")}` : "",
    };
  });
}

export function budgetSection(pages: readonly PageBudget[], latencyMs: number): string {
  const count = (calls: readonly UpstreamCall[]) =>
    Object.entries(calls.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.endpoint]: (acc[c.endpoint] ?? 0) + 1 }), {}))
      .map(([e, n]) => (n > 1 ? `${e} ×${n}` : e))
      .join(", ") || "none";
  const lines = pages.map((p) => `| ${p.path} | ${p.builtState} | ${p.first.length}: ${count(p.first)} | ${p.chain.length} | ${p.repeat.length}: ${count(p.repeat)} |`);
  return `## Upstream budget

Each page's first view runs on a Lens started just before it (an empty server cache), against the fake with
${latencyMs} ms upstream latency; the repeat view opens the same URL in a new browser context (empty React Query
cache) on the same server, within the cache TTL. A view ends when \`<main>\` shows no loading placeholder and the
network and the fake have been quiet for a moment.

The chain is the longest sequence of recorded upstream calls in which each call started after the previous one
ended (computed from the fake's start and end times). Calls that overlap cannot have waited on each other, so this
is an upper bound on the round trips the page waited for in a row: two independent calls that merely happened one
after the other (say, a component that mounted later) also count as a chain.

| Page | State | First view: calls | Chain | Repeat view: calls |
|---|---|---|---|---|
${lines.join("\n")}`;
}
