"use client";

import { useQuery } from "@tanstack/react-query";
import { useQueryState } from "nuqs";
import { displayParser } from "@/lib/conversations/url-state";
import { useMemo } from "react";
import { ErrorPanel, NotFoundPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { isMissing } from "@/lib/api/api-error";
import { isNumericId } from "@/lib/conversations/route-id";
import { buildThread, contactNames, missingParts } from "@/lib/conversations/thread";
import { htmlToText } from "@/lib/html/sanitize";
import { conversationQueries } from "@/lib/queries/conversations";
import { ConversationSummary, RatingCard, StatisticsCard } from "./conversation-details";
import { DisplaySwitch, TranscriptButton } from "./thread-actions";
import { Timeline } from "./timeline";
import { TruncationBanner } from "./truncation-banner";
import { useNames } from "./use-names";

export function ConversationView({ id }: { id: string }) {
  const [display, setDisplay] = useQueryState("display", displayParser.withOptions({ history: "replace" }));
  const plaintext = display === "plaintext";
  const valid = isNumericId(id);
  const query = useQuery({ ...conversationQueries.detail(id, plaintext), enabled: valid, placeholderData: (prev) => (prev?.id === id ? prev : undefined) });
  const names = useNames();
  const conversation = query.data;
  const thread = useMemo(() => (conversation ? buildThread(conversation) : []), [conversation]);
  const contacts = useMemo(() => contactNames(thread), [thread]);

  if (!valid) return <NotFoundPanel what="Conversation" id={id} backHref="/conversations" backLabel="Back to conversations" />;
  if (query.isError && !conversation) {
    if (isMissing(query.error)) return <NotFoundPanel what="Conversation" id={id} backHref="/conversations" backLabel="Back to conversations" />;
    return <ErrorPanel error={query.error} title="Could not load this conversation" onRetry={() => query.refetch()} />;
  }
  if (!conversation) return <ConversationSkeleton />;

  const returned = conversation.conversation_parts?.conversation_parts?.length ?? 0;
  const missing = missingParts(returned, conversation.conversation_parts?.total_count, conversation.statistics?.count_conversation_parts);
  const subject = conversation.title || htmlToText(conversation.source?.subject);

  return (
    <div>
      <PageHeader
        title={<>Conversation {conversation.id}</>}
        description={subject || undefined}
        actions={
          <>
            <DisplaySwitch plaintext={plaintext} onChange={(p) => setDisplay(p ? "plaintext" : null)} pending={query.isPlaceholderData} />
            <TranscriptButton conversation={conversation} names={names} plaintext={plaintext} />
          </>
        }
      />
      <div className="space-y-4">
        <ConversationSummary conversation={conversation} names={names} contacts={contacts} />
        <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="min-w-0 space-y-3">
            {missing > 0 && <TruncationBanner missing={missing} returned={returned} />}
            <Timeline entries={thread} names={names} plaintext={plaintext} />
          </div>
          <aside className="space-y-4 xl:sticky xl:top-20 xl:self-start">
            <StatisticsCard conversation={conversation} />
            <RatingCard conversation={conversation} names={names} />
          </aside>
        </div>
      </div>
    </div>
  );
}

function ConversationSkeleton() {
  return (
    <div role="status" aria-label="Loading conversation" className="space-y-4">
      <Skeleton className="h-8 w-72" />
      <Skeleton className="h-32 w-full" />
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} className="h-20 w-full" />
      ))}
    </div>
  );
}
