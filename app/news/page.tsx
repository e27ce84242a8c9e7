import type { Metadata } from "next";
import { Suspense } from "react";
import { NewsList } from "@/components/news/news-list";
import { TableSkeleton } from "@/components/ui/skeleton";
import { newsfeedQueries, newsQueries } from "@/lib/queries/news";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { Prefetched } from "@/lib/server/prefetched";

export const metadata: Metadata = { title: "News" };

export default async function NewsPage() {
  await requirePageViewer();
  return (
    <Suspense fallback={<TableSkeleton rows={10} columns={5} />}>
      <Prefetched queries={[newsQueries.list(), newsfeedQueries.list()]}>
        <NewsList />
      </Prefetched>
    </Suspense>
  );
}
