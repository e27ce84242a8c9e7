import type { Metadata } from "next";
import { Suspense } from "react";
import { TicketTypesList } from "@/components/ticket-types/ticket-types-list";
import { TableSkeleton } from "@/components/ui/skeleton";
import { ticketTypeQueries } from "@/lib/queries/ticket-types";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { Prefetched } from "@/lib/server/prefetched";

export const metadata: Metadata = { title: "Ticket types" };

export default async function Page() {
  await requirePageViewer();
  return (
    <Suspense fallback={<TableSkeleton rows={8} columns={4} />}>
      <Prefetched queries={[ticketTypeQueries.list()]}>
        <TicketTypesList />
      </Prefetched>
    </Suspense>
  );
}
