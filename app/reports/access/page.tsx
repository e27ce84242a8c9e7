import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { AccessReview } from "@/components/reports/access-review";
import { reportQueries } from "@/lib/queries/reports";
import { dormantDays, loadDormant } from "@/lib/reports/report-params";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { accessBody } from "@/lib/server/reports/bodies";
import { prefetchReport } from "@/lib/server/reports/prefetch";

export const metadata: Metadata = { title: "Access review" };

export default async function AccessReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageViewer();
  const days = dormantDays((await loadDormant(searchParams)).dormant);
  const state = await prefetchReport(reportQueries.access(days).queryKey, (store) => accessBody(store, days));
  return (
    <HydrationBoundary state={state}>
      <AccessReview />
    </HydrationBoundary>
  );
}
