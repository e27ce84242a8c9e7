import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { ResponseTimesReport } from "@/components/reports/response-times";
import { reportQueries } from "@/lib/queries/reports";
import { loadReportParams, responseTimesQuery } from "@/lib/reports/report-params";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { responseTimesBody } from "@/lib/server/reports/bodies";
import { prefetchReport } from "@/lib/server/reports/prefetch";

export const metadata: Metadata = { title: "Response times" };

export default async function ResponseTimesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageViewer();
  const q = responseTimesQuery(await loadReportParams(searchParams));
  const state = await prefetchReport(reportQueries.responseTimes(q).queryKey, (store) => responseTimesBody(store, q));
  return (
    <HydrationBoundary state={state}>
      <ResponseTimesReport />
    </HydrationBoundary>
  );
}
