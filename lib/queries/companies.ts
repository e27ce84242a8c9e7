import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";
import type { AttachedSegments, Company, CompanyList, ContactList } from "@/lib/intercom/types/customers";

/** Query keys and fetchers for companies. */

export const COMPANIES_PER_PAGE = 25;

export interface CompanyListFilters {
  page: number;
  tag: string | null;
  segment: string | null;
}

/** An exact lookup: Intercom finds companies by their full name or their company_id only. */
export type CompanyLookup = { by: "name" | "company_id"; value: string };

const path = (id: string, rest = "") => `/companies/${encodeURIComponent(id)}${rest}`;

export const companyQueries = {
  all: () => ["companies"] as const,
  list: (f: CompanyListFilters) =>
    queryOptions({
      queryKey: [...companyQueries.all(), "list", f],
      queryFn: ({ signal }) => intercomGet<CompanyList>("/companies", { page: f.page, per_page: COMPANIES_PER_PAGE, tag_id: f.tag, segment_id: f.segment }, signal),
    }),
  lookup: (l: CompanyLookup) =>
    queryOptions({
      queryKey: [...companyQueries.all(), "lookup", l.by, l.value],
      queryFn: ({ signal }) => intercomGet<CompanyList>("/companies", { [l.by]: l.value }, signal),
    }),
  detail: (id: string) => queryOptions({ queryKey: [...companyQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet<Company>(path(id), {}, signal) }),
  segments: (id: string) =>
    queryOptions({ queryKey: [...companyQueries.all(), "detail", id, "segments"], queryFn: ({ signal }) => intercomGet<AttachedSegments>(path(id, "/segments"), {}, signal) }),
  contacts: (id: string) =>
    infiniteQueryOptions({
      queryKey: [...companyQueries.all(), "detail", id, "contacts"],
      queryFn: ({ pageParam, signal }) => intercomGet<ContactList>(path(id, "/contacts"), { per_page: 50, starting_after: pageParam }, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.pages?.next?.starting_after ?? null,
    }),
};
