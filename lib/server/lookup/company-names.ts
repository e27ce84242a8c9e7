import "server-only";
import pLimit from "p-limit";
import { ENDPOINTS } from "@/lib/intercom/registry";
import { buildPath } from "@/lib/intercom/match";
import { callIntercom, type UpstreamResponse } from "@/lib/server/intercom/client";

/**
 * Names for a batch of company ids. Contacts carry only company ids; reading each company from the
 * browser costs one round trip per row (six at a time per browser connection limit), so the table
 * asks here once and the server reads them in parallel through the shared client and its cache.
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

/** Unknown companies map to null; an upstream failure (auth, outage) rejects the whole batch. */
export async function companyNames(ids: string[]): Promise<{ names: CompanyNames } | { refused: UpstreamResponse }> {
  const limit = pLimit(CONCURRENCY);
  const results = await Promise.all(ids.map((id) => limit(() => callIntercom({ path: buildPath("companies.get", { id }) }))));
  const names: CompanyNames = {};
  for (const [i, res] of results.entries()) {
    const id = ids[i]!;
    if (res.status === 200) names[id] = (res.json as { name?: string | null }).name ?? null;
    else if (res.status === 404) names[id] = null;
    else return { refused: res };
  }
  return { names };
}
