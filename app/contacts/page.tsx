import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { Suspense } from "react";
import { ContactsPage } from "@/components/contacts/contacts-page";
import { TableSkeleton } from "@/components/ui/skeleton";
import { hasActiveFilters } from "@/lib/contacts/contact-search";
import { contactFiltersOf, loadContactParams } from "@/lib/contacts/url-state";
import { companyQueries } from "@/lib/queries/companies";
import { contactQueries } from "@/lib/queries/contacts";
import { segmentQueries } from "@/lib/queries/segments";
import { tagQueries } from "@/lib/queries/tags";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { Prefetched } from "@/lib/server/prefetched";

export const metadata: Metadata = { title: "Contacts" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageViewer();
  const params = loadContactParams(await searchParams);
  const filters = contactFiltersOf(params);
  // The same choice the page makes: a company's people, a search, or the plain list.
  const rows = params.company ? companyQueries.contacts(params.company) : hasActiveFilters(filters) ? contactQueries.search(filters) : contactQueries.list();
  return (
    <Suspense fallback={<TableSkeleton rows={10} columns={7} />}>
      <Prefetched queries={[rows, tagQueries.list(), segmentQueries.list()]}>
        <ContactsPage />
      </Prefetched>
    </Suspense>
  );
}
