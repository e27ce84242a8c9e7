"use client";

import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo } from "react";
import { DASH, formatNumber } from "@/lib/format/time";
import { adminQueries, teamQueries } from "@/lib/queries/workspace";
import { ErrorPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";

export function TeamsList() {
  const teams = useQuery(teamQueries.list());
  const admins = useQuery(adminQueries.list());
  const names = useMemo(() => new Map((admins.data?.admins ?? []).map((a) => [a.id, a.name ?? a.email ?? a.id])), [admins.data]);
  const list = [...(teams.data?.teams ?? [])].sort((a, b) => (a.name ?? "").localeCompare(b.name ?? ""));

  const people = (ids: number[] | null | undefined) =>
    (ids ?? []).length === 0 ? (
      <span className="text-slate-400">{DASH}</span>
    ) : (
      <span className="flex flex-wrap gap-x-2">
        {(ids ?? []).map((id) => (
          <Link key={id} href={`/admins/${id}`} className="text-brand-600 hover:underline">
            {names.get(String(id)) ?? `Teammate ${id}`}
          </Link>
        ))}
      </span>
    );

  return (
    <div className="space-y-5">
      <PageHeader title="Teams" description={teams.data ? `${formatNumber(list.length)} teams` : "Teams and who answers for them first."} />
      {teams.isError ? (
        <ErrorPanel error={teams.error} title="Could not load teams" onRetry={() => teams.refetch()} />
      ) : teams.isPending ? (
        <TableSkeleton rows={6} columns={4} />
      ) : list.length === 0 ? (
        <Card as="p" className="p-8 text-center text-sm text-slate-500">
          This workspace has no teams.
        </Card>
      ) : (
        <Card className="relative overflow-x-auto">
          <table className="w-full text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Team
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  Members
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Primary priority
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Secondary priority
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.map((t) => (
                <tr key={t.id} className="align-top hover:bg-slate-50">
                  <td className="px-4 py-2">
                    <Link href={`/teams/${encodeURIComponent(t.id)}`} className="font-medium text-brand-600 hover:underline">
                      {t.name ?? `Team ${t.id}`}
                    </Link>
                  </td>
                  <td className="px-4 py-2 text-right tabular-nums">{formatNumber((t.admin_ids ?? []).length)}</td>
                  <td className="px-4 py-2">{people(t.admin_priority_level?.primary_admin_ids)}</td>
                  <td className="px-4 py-2">{people(t.admin_priority_level?.secondary_admin_ids)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </div>
  );
}
