import type { Metadata } from "next";
import { Suspense } from "react";
import { TeamsList } from "@/components/teams/teams-list";
import { TableSkeleton } from "@/components/ui/skeleton";
import { adminQueries, teamQueries } from "@/lib/queries/workspace";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { Prefetched } from "@/lib/server/prefetched";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  await requirePageViewer();
  return (
    <Suspense fallback={<TableSkeleton rows={8} columns={4} />}>
      <Prefetched queries={[teamQueries.list(), adminQueries.list()]}>
        <TeamsList />
      </Prefetched>
    </Suspense>
  );
}
