import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { Suspense } from "react";
import { ConversationsPage } from "@/components/conversations/conversations-page";
import { TableSkeleton } from "@/components/ui/skeleton";
import { loadConversationFilters } from "@/lib/conversations/url-state";
import { conversationQueries } from "@/lib/queries/conversations";
import { adminQueries, teamQueries } from "@/lib/queries/workspace";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { Prefetched } from "@/lib/server/prefetched";

export const metadata: Metadata = { title: "Conversations" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageViewer();
  const filters = loadConversationFilters(await searchParams);
  // The list, and the teammate and team names its rows and filters show.
  const queries = [conversationQueries.list(filters), adminQueries.list(), teamQueries.list(), conversationQueries.tagOptions()];
  return (
    <Suspense fallback={<TableSkeleton rows={10} columns={8} />}>
      <Prefetched queries={queries}>
        <ConversationsPage />
      </Prefetched>
    </Suspense>
  );
}
