import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { createLoader, parseAsString, type SearchParams } from "nuqs/server";
import { ArticleHistoryReport } from "@/components/reports/article-history";
import { reportQueries } from "@/lib/queries/reports";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { articleHistoryBody } from "@/lib/server/reports/bodies";
import { prefetchReport } from "@/lib/server/reports/prefetch";

export const metadata: Metadata = { title: "Article history" };

const loadDay = createLoader({ day: parseAsString });

export default async function ArticleHistoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageViewer();
  const { day } = await loadDay(searchParams);
  const state = await prefetchReport(reportQueries.articles(day).queryKey, (store) => articleHistoryBody(store, day));
  return (
    <HydrationBoundary state={state}>
      <ArticleHistoryReport />
    </HydrationBoundary>
  );
}
