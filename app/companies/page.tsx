import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { Suspense } from "react";
import { CompaniesPage } from "@/components/companies/companies-page";
import { TableSkeleton } from "@/components/ui/skeleton";
import { companyListFilters, loadCompanyParams } from "@/lib/companies/url-state";
import { companyQueries } from "@/lib/queries/companies";
import { segmentQueries } from "@/lib/queries/segments";
import { tagQueries } from "@/lib/queries/tags";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { Prefetched } from "@/lib/server/prefetched";

export const metadata: Metadata = { title: "Companies" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageViewer();
  const params = loadCompanyParams(await searchParams);
  const rows = params.q.trim() ? companyQueries.find(params.q) : companyQueries.list(companyListFilters(params));
  return (
    <Suspense fallback={<TableSkeleton rows={10} columns={7} />}>
      <Prefetched queries={[rows, tagQueries.list(), segmentQueries.list()]}>
        <CompaniesPage />
      </Prefetched>
    </Suspense>
  );
}
