import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { ArticleInsights } from "@/components/articles/article-insights";
import { articleQueries } from "@/lib/queries/articles";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { articleInsights } from "@/lib/server/insights/snapshot";
import { getStore } from "@/lib/server/store";

export const metadata: Metadata = { title: "Article insights" };

export default async function ArticleInsightsPage() {
  await requirePageViewer();
  // The snapshot is one query on Lens's own store: it arrives with the HTML, not after hydration.
  const client = new QueryClient();
  try {
    client.setQueryData(articleQueries.insights().queryKey, await articleInsights(await getStore()));
  } catch {
    // Left to the browser, which asks the endpoint and shows its 503 if the store is still down.
  }
  return (
    <HydrationBoundary state={dehydrate(client)}>
      <ArticleInsights />
    </HydrationBoundary>
  );
}
