"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatDate, formatNumber } from "@/lib/format/time";
import { segmentQueries } from "@/lib/queries/segments";
import { ErrorPanel } from "@/components/ui/error-panel";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";

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
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-600">This workspace has no segments.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-4 py-2 font-medium">Segment</th>
                <th className="px-4 py-2 text-right font-medium">Count</th>
                <th className="px-4 py-2 font-medium">People</th>
                <th className="px-4 py-2 font-medium">Created</th>
                <th className="px-4 py-2 font-medium">Updated</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
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
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
