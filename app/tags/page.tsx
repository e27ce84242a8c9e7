import type { Metadata } from "next";
import { Suspense } from "react";
import { TagsPage } from "@/components/tags/tags-page";
import { TableSkeleton } from "@/components/ui/skeleton";
import { tagQueries } from "@/lib/queries/tags";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { Prefetched } from "@/lib/server/prefetched";

export const metadata: Metadata = { title: "Tags" };

export default async function Page() {
  await requirePageViewer();
  return (
    <Suspense fallback={<TableSkeleton rows={8} columns={4} />}>
      <Prefetched queries={[tagQueries.list()]}>
        <TagsPage />
      </Prefetched>
    </Suspense>
  );
}
