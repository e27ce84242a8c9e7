import { createLoader, parseAsInteger, parseAsString } from "nuqs/server";
import type { CompanyListFilters } from "@/lib/queries/companies";

/** /companies state in the URL: a lookup text, or a page of the list filtered by tag or segment. */
export const companyParsers = { q: parseAsString.withDefault(""), page: parseAsInteger.withDefault(1), tag: parseAsString, segment: parseAsString };

export const loadCompanyParams = createLoader(companyParsers);

export function companyListFilters(params: { page: number; tag: string | null; segment: string | null }): CompanyListFilters {
  return { page: Math.max(1, params.page), tag: params.tag, segment: params.segment };
}
