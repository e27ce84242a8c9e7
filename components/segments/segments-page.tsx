"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatDate, formatNumber } from "@/lib/format/time";
import { segmentQueries } from "@/lib/queries/segments";
import { ErrorPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { EmptyNote, TableCard } from "@/components/ui/table-card";

/** /segments: every segment with how many people are in it. */
export function SegmentsPage() {
  const q = useQuery(segmentQueries.list(true));
  const segments = [...(q.data?.segments ?? [])].sort((a, b) => (b.count ?? 0) - (a.count ?? 0));
  return (
    <div className="space-y-4">
      <PageHeader title="Segments" description="Saved groups of people, largest first." />
      {q.isPending ? (
        <TableSkeleton rows={8} columns={4} />
      ) : q.isError ? (
        <ErrorPanel error={q.error} title="Could not load segments" onRetry={() => q.refetch()} />
      ) : segments.length === 0 ? (
        <EmptyNote>This workspace has no segments.</EmptyNote>
      ) : (
        <TableCard columns={[{ label: "Segment" }, { label: "Count", align: "right" }, { label: "People" }, { label: "Created" }, { label: "Updated" }]}>
          {segments.map((s) => (
            <tr key={s.id} className="hover:bg-slate-50">
              <td className="px-4 py-2">
                <Link href={`/segments/${encodeURIComponent(s.id)}`} className="font-medium text-brand-600 hover:underline">
                  {s.name || s.id}
                </Link>
              </td>
              <td className="px-4 py-2 text-right tabular-nums" data-testid={`segment-count-${s.id}`}>
                {formatNumber(s.count)}
              </td>
              <td className="px-4 py-2 text-slate-600">{s.person_type === "lead" ? "Leads" : "Users"}</td>
              <td className="px-4 py-2 text-slate-600">{formatDate(s.created_at)}</td>
              <td className="px-4 py-2 text-slate-600">{formatDate(s.updated_at)}</td>
            </tr>
          ))}
        </TableCard>
      )}
    </div>
  );
}
