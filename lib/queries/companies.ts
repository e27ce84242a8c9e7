import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { ApiError } from "@/lib/api/api-error";
import { loadCompanyName } from "@/lib/api/company-names";
import { intercomGet } from "@/lib/api/intercom";
import type { CompanyList } from "@/lib/intercom/types/customers";

/** Query keys and fetchers for companies. */

export const COMPANIES_PER_PAGE = 25;

export interface CompanyListFilters {
  page: number;
  tag: string | null;
  segment: string | null;
}

/**
 * Intercom finds a company by its exact name or its company_id only (404 otherwise): try the name,
 * then the company_id. An empty list means neither matched.
 */
async function findCompany(value: string, signal: AbortSignal): Promise<CompanyList> {
  for (const by of ["name", "company_id"] as const) {
    try {
      return await intercomGet("companies.list", { [by]: value }, signal);
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) throw e;
    }
  }
  return { type: "list", data: [], total_count: 0 };
}

export const companyQueries = {
  all: () => ["companies"] as const,
  list: (f: CompanyListFilters) =>
    queryOptions({
      queryKey: [...companyQueries.all(), "list", f],
      queryFn: ({ signal }) => intercomGet("companies.list", { page: f.page, per_page: COMPANIES_PER_PAGE, tag_id: f.tag, segment_id: f.segment }, signal),
    }),
  find: (nameOrCompanyId: string) =>
    queryOptions({
      queryKey: [...companyQueries.all(), "find", nameOrCompanyId.trim()],
      queryFn: ({ signal }) => findCompany(nameOrCompanyId.trim(), signal),
    }),
  /** Just the name, batched with the other names on screen (lib/api/company-names.ts). */
  name: (id: string) => queryOptions({ queryKey: [...companyQueries.all(), "name", id], queryFn: () => loadCompanyName(id), staleTime: 5 * 60_000 }),
  detail: (id: string) => queryOptions({ queryKey: [...companyQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet("companies.get", { id }, signal) }),
  segments: (id: string) => queryOptions({ queryKey: [...companyQueries.all(), "detail", id, "segments"], queryFn: ({ signal }) => intercomGet("companies.segments", { id }, signal) }),
  contacts: (id: string) =>
    infiniteQueryOptions({
      queryKey: [...companyQueries.all(), "detail", id, "contacts"],
      queryFn: ({ pageParam, signal }) => intercomGet("companies.contacts", { id, per_page: 50, starting_after: pageParam }, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.pages?.next?.starting_after ?? null,
    }),
};
