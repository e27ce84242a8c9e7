import type { Metadata } from "next";
import { Suspense } from "react";
import { ArticlesList } from "@/components/articles/articles-list";
import { TableSkeleton } from "@/components/ui/skeleton";
import { articleQueries } from "@/lib/queries/articles";
import { collectionQueries, sectionQueries } from "@/lib/queries/help-center";
import { adminQueries } from "@/lib/queries/workspace";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { Prefetched } from "@/lib/server/prefetched";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  await requirePageViewer();
  return (
    <Suspense fallback={<TableSkeleton rows={8} columns={4} />}>
      <Prefetched queries={[articleQueries.list(), collectionQueries.list(), sectionQueries.list(), adminQueries.list()]}>
        <ArticlesList />
      </Prefetched>
    </Suspense>
  );
}
