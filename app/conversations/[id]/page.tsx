import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { Suspense } from "react";
import { ConversationView } from "@/components/conversations/conversation-view";
import { Skeleton } from "@/components/ui/skeleton";
import { isNumericId, routeId } from "@/lib/conversations/route-id";
import { loadDisplay } from "@/lib/conversations/url-state";
import { conversationQueries } from "@/lib/queries/conversations";
import { adminQueries, teamQueries } from "@/lib/queries/workspace";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { Prefetched } from "@/lib/server/prefetched";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: `Conversation ${id.slice(0, 24)}` };
}

export default async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  await requirePageViewer();
  const id = routeId((await params).id);
  const { display } = loadDisplay(await searchParams);
  const queries = isNumericId(id) ? [conversationQueries.detail(id, display === "plaintext"), adminQueries.list(), teamQueries.list()] : [];
  return (
    <Suspense fallback={<Skeleton className="h-96 w-full" />}>
      <Prefetched queries={queries}>
        <ConversationView id={id} />
      </Prefetched>
    </Suspense>
  );
}
