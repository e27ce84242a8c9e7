import { HydrationBoundary } from "@tanstack/react-query";
import { Overview } from "@/components/overview/overview";
import { buildPath } from "@/lib/intercom/match";
import { contactQueries, CONTACT_COUNT_QUERY } from "@/lib/queries/contacts";
import { conversationQueries, OPEN_COUNT_SEARCH } from "@/lib/queries/conversations";
import { adminQueries, teamQueries } from "@/lib/queries/workspace";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { prefetchIntercom } from "@/lib/server/prefetch";

export default async function OverviewPage() {
  await requirePageViewer();
  const state = await prefetchIntercom([
    { queryKey: adminQueries.list().queryKey, path: buildPath("admins.list") },
    { queryKey: teamQueries.list().queryKey, path: buildPath("teams.list") },
    { queryKey: contactQueries.count().queryKey, path: buildPath("contacts.list", {}, CONTACT_COUNT_QUERY) },
    { queryKey: conversationQueries.openCount().queryKey, path: buildPath("conversations.search"), search: OPEN_COUNT_SEARCH },
  ]);
  return (
    <HydrationBoundary state={state}>
      <Overview />
    </HydrationBoundary>
  );
}
