import type { Metadata } from "next";
import { Suspense } from "react";
import { AdminsDirectory } from "@/components/admins/admins-directory";
import { TableSkeleton } from "@/components/ui/skeleton";
import { adminQueries, teamQueries } from "@/lib/queries/workspace";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { Prefetched } from "@/lib/server/prefetched";

export const metadata: Metadata = { title: "Teammates" };

export default async function AdminsPage() {
  await requirePageViewer();
  return (
    <Suspense fallback={<TableSkeleton rows={8} columns={4} />}>
      <Prefetched queries={[adminQueries.list(), teamQueries.list()]}>
        <AdminsDirectory />
      </Prefetched>
    </Suspense>
  );
}
