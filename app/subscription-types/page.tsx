import type { Metadata } from "next";
import { Suspense } from "react";
import { SubscriptionTypesPage } from "@/components/subscriptions/subscription-types-page";
import { TableSkeleton } from "@/components/ui/skeleton";
import { subscriptionTypeQueries } from "@/lib/queries/data-attributes";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { Prefetched } from "@/lib/server/prefetched";

export const metadata: Metadata = { title: "Subscription types" };

export default async function Page() {
  await requirePageViewer();
  return (
    <Suspense fallback={<TableSkeleton rows={8} columns={4} />}>
      <Prefetched queries={[subscriptionTypeQueries.list()]}>
        <SubscriptionTypesPage />
      </Prefetched>
    </Suspense>
  );
}
