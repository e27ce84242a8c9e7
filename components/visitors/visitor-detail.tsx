"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { isMissing } from "@/lib/api/api-error";
import { visitorQueries } from "@/lib/queries/visitors";
import { ErrorPanel, NotFoundPanel } from "@/components/ui/query-state";
import { Skeleton } from "@/components/ui/skeleton";
import { VisitorCard } from "./visitor-card";

export function VisitorDetail({ id }: { id: string }) {
  const q = useQuery(visitorQueries.detail(id));
  if (q.isPending) return <Skeleton className="h-48 w-full" />;
  if (q.isError) {
    if (isMissing(q.error)) return <NotFoundPanel what="Visitor" id={id} backHref="/visitors" backLabel="Look up a visitor" />;
    return <ErrorPanel error={q.error} title="Could not load this visitor" onRetry={() => q.refetch()} />;
  }
  return (
    <div className="space-y-4">
      <nav className="text-sm text-slate-500">
        <Link href="/visitors" className="text-brand-600 hover:underline">
          Visitors
        </Link>{" "}
        / {q.data.name || q.data.pseudonym || q.data.id}
      </nav>
      <VisitorCard visitor={q.data} />
    </div>
  );
}
