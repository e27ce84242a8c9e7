import { Overview } from "@/components/overview/overview";
import { contactQueries } from "@/lib/queries/contacts";
import { conversationQueries } from "@/lib/queries/conversations";
import { adminQueries, teamQueries } from "@/lib/queries/workspace";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { Prefetched } from "@/lib/server/prefetched";

export default async function OverviewPage() {
  await requirePageViewer();
  return (
    <Prefetched queries={[adminQueries.list(), teamQueries.list(), contactQueries.count(), conversationQueries.openCount()]}>
      <Overview />
    </Prefetched>
  );
}
