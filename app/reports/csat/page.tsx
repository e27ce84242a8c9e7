import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { CsatReport } from "@/components/reports/csat";
import { reportQueries } from "@/lib/queries/reports";
import { filterQuery, loadReportParams } from "@/lib/reports/report-params";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { csatBody } from "@/lib/server/reports/bodies";
import { prefetchReport } from "@/lib/server/reports/prefetch";

export const metadata: Metadata = { title: "Ratings" };

export default async function CsatPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageViewer();
  const q = filterQuery(await loadReportParams(searchParams));
  const state = await prefetchReport(reportQueries.csat(q).queryKey, (store) => csatBody(store, q));
  return (
    <HydrationBoundary state={state}>
      <CsatReport />
    </HydrationBoundary>
  );
}
