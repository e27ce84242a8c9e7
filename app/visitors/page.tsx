import type { Metadata } from "next";
import { Suspense } from "react";
import { VisitorsPage } from "@/components/visitors/visitors-page";
import { TableSkeleton } from "@/components/ui/skeleton";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Visitors" };

export default async function Page() {
  await requirePageViewer();
  return (
    <Suspense fallback={<TableSkeleton rows={8} columns={4} />}>
      <VisitorsPage />
    </Suspense>
  );
}
