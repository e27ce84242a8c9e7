import "server-only";
import pLimit from "p-limit";
import { ENDPOINTS } from "@/lib/intercom/registry";
import { buildPath } from "@/lib/intercom/match";
import { callIntercom, isCached, parseBody, type UpstreamResponse } from "@/lib/server/intercom/client";

/**
 * Names for a batch of company ids. Contacts carry only company ids; reading each company from the
 * browser costs one round trip per row (six at a time per browser connection limit), so the table
 * asks here once and the server reads them in parallel through the shared client and its cache.
 * At most MAX_IDS per request and CONCURRENCY at a time; only the names are kept.
 */

export const MAX_IDS = 50;
// One round for a whole batch: a page of contacts then waits on one upstream round trip for its
// company names, not several in a row. The governor still keeps Lens inside its share of the rate limit.
const CONCURRENCY = MAX_IDS;

export type CompanyNames = Record<string, string | null>;

export class LookupRefused extends Error {}

export function parseCompanyIds(raw: string | null): string[] {
  const ids = [...new Set((raw ?? "").split(",").filter(Boolean))];
  if (ids.length === 0) throw new LookupRefused("Give one or more company ids in ids=…");
  if (ids.length > MAX_IDS) throw new LookupRefused(`Give at most ${MAX_IDS} company ids at once.`);
  const pattern = ENDPOINTS["companies.get"].params.id;
  const bad = ids.find((id) => !pattern.test(id));
  if (bad !== undefined) throw new LookupRefused(`"${bad.slice(0, 40)}" is not a company id.`);
  return ids;
}

const companyPath = (id: string) => buildPath("companies.get", { id });

/** What the lookup will cost upstream: one call per id the cache cannot answer (404s are cached too). */
export async function uncachedCount(ids: string[]): Promise<number> {
  const cached = await Promise.all(ids.map((id) => isCached({ path: companyPath(id) })));
  return cached.filter((hit) => !hit).length;
}

/** Unknown companies map to null; an upstream failure (auth, outage) rejects the whole batch. */
export async function companyNames(ids: string[], caller?: string): Promise<{ names: CompanyNames } | { refused: UpstreamResponse }> {
  const limit = pLimit(CONCURRENCY);
  const names: CompanyNames = {};
  let refused: UpstreamResponse | undefined;
  await Promise.all(
    ids.map((id) =>
      limit(async () => {
        if (refused) return;
        const res = await callIntercom({ path: companyPath(id), caller });
        if (res.status === 200) names[id] = parseBody<{ name?: string | null }>(res).name ?? null;
        else if (res.status === 404) names[id] = null;
        else refused ??= res;
      }),
    ),
  );
  return refused ? { refused } : { names };
}
