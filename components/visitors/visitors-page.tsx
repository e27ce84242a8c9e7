"use client";

import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import { parseAsString, useQueryState } from "nuqs";
import { useState, type FormEvent } from "react";
import { isMissing } from "@/lib/api/api-error";
import { visitorQueries } from "@/lib/queries/visitors";
import { ErrorPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { VisitorCard } from "./visitor-card";

/** /visitors?user_id=…: Intercom finds a visitor by the user_id its Messenger assigned, and only that way. */
export function VisitorsPage() {
  const [userId, setUserId] = useQueryState("user_id", parseAsString.withOptions({ history: "push" }));
  const [text, setText] = useState(userId ?? "");
  const q = useQuery({ ...visitorQueries.byUserId(userId ?? ""), enabled: Boolean(userId) });

  function submit(e: FormEvent) {
    e.preventDefault();
    void setUserId(text.trim() || null);
  }

  return (
    <div className="space-y-4">
      <PageHeader title="Visitors" description="Anonymous people on your website, before they become leads. Look one up by the user_id the Messenger gave them." />
      <form onSubmit={submit} className="flex max-w-2xl gap-2">
        <label htmlFor="visitor-user-id" className="sr-only">
          Visitor user_id
        </label>
        <input
          id="visitor-user-id"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="user_id, e.g. 3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3"
          spellCheck={false}
          className="flex-1 rounded-md border border-slate-300 px-3 py-1.5 font-mono text-sm"
        />
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
          Look up
        </button>
      </form>
      {!userId ? (
        <p className="text-sm text-slate-500">Intercom has no list of visitors; paste a visitor&apos;s user_id (from the Messenger cookie or a webhook) to see them.</p>
      ) : q.isPending ? (
        <Skeleton className="h-48 w-full" />
      ) : q.isError ? (
        isMissing(q.error) ? (
          <Card as="p" className="p-6 text-sm text-slate-600" data-testid="visitor-not-found">
            No visitor has the user_id <code className="rounded bg-slate-100 px-1 font-mono">{userId}</code>. It may have become a lead or a user since.
          </Card>
        ) : (
          <ErrorPanel error={q.error} title="Could not look up this visitor" onRetry={() => q.refetch()} />
        )
      ) : (
        <VisitorCard visitor={q.data} linkTitle />
      )}
    </div>
  );
}
