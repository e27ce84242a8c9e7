import type { Metadata } from "next";
import { Suspense } from "react";
import { SegmentsPage } from "@/components/segments/segments-page";
import { TableSkeleton } from "@/components/ui/skeleton";
import { segmentQueries } from "@/lib/queries/segments";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { Prefetched } from "@/lib/server/prefetched";

export const metadata: Metadata = { title: "Segments" };

export default async function Page() {
  await requirePageViewer();
  return (
    <Suspense fallback={<TableSkeleton rows={8} columns={4} />}>
      <Prefetched queries={[segmentQueries.list(true)]}>
        <SegmentsPage />
      </Prefetched>
    </Suspense>
  );
}
