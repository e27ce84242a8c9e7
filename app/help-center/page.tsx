import type { Metadata } from "next";
import { Suspense } from "react";
import { HelpCenterOverview } from "@/components/help-center/help-center-overview";
import { CardsSkeleton } from "@/components/ui/skeleton";
import { articleQueries } from "@/lib/queries/articles";
import { collectionQueries, helpCenterQueries, sectionQueries } from "@/lib/queries/help-center";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { Prefetched } from "@/lib/server/prefetched";

export const metadata: Metadata = { title: "Help center" };

export default async function HelpCenterPage() {
  await requirePageViewer();
  return (
    <Suspense fallback={<CardsSkeleton count={4} />}>
      <Prefetched queries={[helpCenterQueries.list(), collectionQueries.list(), sectionQueries.list(), articleQueries.list()]}>
        <HelpCenterOverview />
      </Prefetched>
    </Suspense>
  );
}
