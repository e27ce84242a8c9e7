"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { ReactNode } from "react";
import { isMissing } from "@/lib/api/api-error";
import { formatDate, formatNumber } from "@/lib/format/time";
import { segmentQueries } from "@/lib/queries/segments";
import { ErrorPanel, NotFoundPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";

/** /segments/[id]: the segment, with its people and companies (lists the page brings from their own areas). */
export function SegmentDetail({ id, people, companies }: { id: string; people: ReactNode; companies: ReactNode }) {
  const q = useQuery(segmentQueries.detail(id));
  if (q.isPending) return <Skeleton className="h-24 w-full" />;
  if (q.isError) {
    if (isMissing(q.error)) return <NotFoundPanel what="Segment" id={id} backHref="/segments" backLabel="All segments" />;
    return <ErrorPanel error={q.error} title="Could not load this segment" onRetry={() => q.refetch()} />;
  }
  const s = q.data;
  return (
    <div className="space-y-4">
      <nav className="text-sm text-slate-500">
        <Link href="/segments" className="text-brand-600 hover:underline">
          Segments
        </Link>{" "}
        / {s.name || s.id}
      </nav>
      <PageHeader
        title={s.name || s.id}
        description={`${formatNumber(s.count)} in segment · ${s.person_type === "lead" ? "Leads" : "Users"} · created ${formatDate(s.created_at)} · updated ${formatDate(s.updated_at)}`}
        actions={
          <Link href={`/contacts?segment=${encodeURIComponent(s.id)}`} className="rounded-md border border-slate-300 bg-card px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
            Open in contact search
          </Link>
        }
      />
      <div className="grid gap-4 xl:grid-cols-3">
        <div className="xl:col-span-2">{people}</div>
        {companies}
      </div>
    </div>
  );
}
