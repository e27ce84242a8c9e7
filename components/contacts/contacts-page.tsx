"use client";

import { Card } from "@/components/ui/card";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { hasActiveFilters } from "@/lib/contacts/contact-search";
import type { QueryKind } from "@/lib/contacts/understand-query";
import { formatNumber } from "@/lib/format/time";
import { companyQueries } from "@/lib/queries/companies";
import { contactQueries } from "@/lib/queries/contacts";
import { ApiError } from "@/lib/api/api-error";
import { ErrorPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { ContactFilterBar } from "./contact-filter-bar";
import { ContactSearchBox } from "./contact-search-box";
import { ContactTable } from "./contact-table";
import { LoadMore } from "@/components/ui/load-more";
import { useContactFilters } from "./use-contact-filters";

/**
 * /contacts: one search box plus filters. With nothing set it walks GET /contacts by cursor; with a
 * query or filter it pages through POST /contacts/search; with a company it lists that company's people.
 */
export function ContactsPage() {
  const { filters, company, setParams } = useContactFilters();
  const searching = hasActiveFilters(filters);
  const mode = company ? "company" : searching ? "search" : "list";

  const list = useInfiniteQuery({ ...contactQueries.list(), enabled: mode === "list" });
  const search = useInfiniteQuery({ ...contactQueries.search(filters), enabled: mode === "search" });
  const byCompany = useInfiniteQuery({ ...companyQueries.contacts(company ?? ""), enabled: mode === "company" });
  const active = mode === "list" ? list : mode === "search" ? search : byCompany;

  const contacts = useMemo(() => active.data?.pages.flatMap((p) => p.data) ?? [], [active.data]);
  const total = active.data?.pages[0]?.total_count;
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isFetchNextPageError, error } = active;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const onSearch = useCallback((q: string, as: QueryKind | null) => void setParams({ q: q.trim() ? q : null, as }), [setParams]);

  return (
    <div className="space-y-4">
      <PageHeader title="Contacts" description="Find a customer by email, domain, name, external id or phone, or narrow the list with filters." />
      <Card className="space-y-3 p-4">
        <ContactSearchBox q={filters.q} as={filters.as} onChange={onSearch} disabled={mode === "company"} />
        <ContactFilterBar filters={filters} company={company} setParams={setParams} />
      </Card>

      <div className="flex items-center justify-between text-sm text-slate-500" aria-live="polite">
        {active.isSuccess && (
          <p data-testid="contact-count">
            {mode === "list" ? "All contacts" : mode === "search" ? "Matching contacts" : "People in this company"}: {formatNumber(total ?? contacts.length)}
            {contacts.length < (total ?? 0) && <> · {formatNumber(contacts.length)} loaded</>}
          </p>
        )}
        {(mode !== "list" || filters.q) && (
          <button type="button" onClick={() => setParams(null)} className="text-brand-600 hover:underline">
            Clear search and filters
          </button>
        )}
      </div>

      {active.isPending ? (
        <TableSkeleton rows={10} columns={7} />
      ) : active.isError ? (
        <ErrorPanel error={active.error} title={errorTitle(mode, active.error)} onRetry={() => active.refetch()} />
      ) : contacts.length === 0 ? (
        <Card as="p" className="p-6 text-sm text-slate-600">
          {mode === "list" ? "This workspace has no contacts yet." : "No contact matches this search. Try another reading of the text, or fewer filters."}
        </Card>
      ) : (
        <>
          <ContactTable contacts={contacts} hasMore={Boolean(hasNextPage)} loadingMore={isFetchingNextPage} onEndReached={loadMore} />
          <LoadMore hasMore={Boolean(hasNextPage)} loading={isFetchingNextPage} onMore={loadMore} label="Load more contacts" />
          {isFetchNextPageError && <ErrorPanel error={error} title="Could not load the next page" onRetry={loadMore} />}
        </>
      )}
    </div>
  );
}

/** A 4xx on a search means Intercom refused the query itself; say so, with its message below. */
function errorTitle(mode: "list" | "search" | "company", error: unknown): string {
  if (mode === "search" && error instanceof ApiError && error.status >= 400 && error.status < 500) return "Intercom rejected this search";
  return mode === "search" ? "Could not search contacts" : "Could not load contacts";
}
