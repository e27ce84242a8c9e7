"use client";

import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo } from "react";
import { isMissing } from "@/lib/api/api-error";
import { DASH, formatNumber } from "@/lib/format/time";
import { adminQueries, teamQueries } from "@/lib/queries/workspace";
import { Avatar } from "@/components/ui/avatar";
import { AwayBadge, SeatBadge } from "@/components/ui/admin-badges";
import { ErrorPanel, NotFoundPanel } from "@/components/ui/query-state";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

export function TeamDetail({ id }: { id: string }) {
  const team = useQuery(teamQueries.detail(id));
  const admins = useQuery(adminQueries.list());
  const byId = useMemo(() => new Map((admins.data?.admins ?? []).map((a) => [a.id, a])), [admins.data]);

  if (team.isError) {
    if (isMissing(team.error)) return <NotFoundPanel what="Team" id={id} backHref="/teams" backLabel="Back to teams" />;
    return <ErrorPanel error={team.error} title="Could not load this team" onRetry={() => team.refetch()} />;
  }
  if (team.isPending) {
    return (
      <div className="space-y-6" role="status" aria-label="Loading">
        <Skeleton className="h-16 w-full" />
        <TableSkeleton rows={6} columns={4} />
      </div>
    );
  }

  const t = team.data;
  const primary = new Set((t.admin_priority_level?.primary_admin_ids ?? []).map(String));
  const secondary = new Set((t.admin_priority_level?.secondary_admin_ids ?? []).map(String));
  const members = (t.admin_ids ?? []).map(String);

  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: "/teams", label: "Teams" }, { label: t.name ?? t.id }]} />
      <header>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t.name ?? `Team ${t.id}`}</h1>
        <p className="mt-1 text-sm text-slate-500">
          {formatNumber(members.length)} {members.length === 1 ? "member" : "members"} · {formatNumber(primary.size)} primary · {formatNumber(secondary.size)} secondary priority
        </p>
      </header>
      {admins.isError && <ErrorPanel error={admins.error} title="Could not load teammate details" onRetry={() => admins.refetch()} />}
      {members.length === 0 ? (
        <Card as="p" className="p-8 text-center text-sm text-slate-500">
          This team has no members.
        </Card>
      ) : (
        <Card className="relative overflow-x-auto">
          <table className="w-full text-sm" aria-label="Members">
            <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Member
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Priority
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Job title
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Status
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Inbox seat
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {members
                .map((mid) => ({ mid, admin: byId.get(mid), rank: primary.has(mid) ? 0 : secondary.has(mid) ? 1 : 2 }))
                .sort((x, y) => x.rank - y.rank || (x.admin?.name ?? "").localeCompare(y.admin?.name ?? ""))
                .map(({ mid, admin, rank }) => (
                  <tr key={mid} className="hover:bg-slate-50">
                    <td className="px-4 py-2">
                      <Link href={`/admins/${mid}`} className="flex items-center gap-2 font-medium text-brand-600 hover:underline">
                        {admin && <Avatar admin={admin} />}
                        {admin?.name ?? (admins.isPending ? "…" : `Teammate ${mid}`)}
                      </Link>
                    </td>
                    <td className="px-4 py-2">
                      {rank === 0 ? (
                        <span className="rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-700">Primary</span>
                      ) : rank === 1 ? (
                        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">Secondary</span>
                      ) : (
                        <span className="text-slate-400">{DASH}</span>
                      )}
                    </td>
                    <td className="px-4 py-2 text-slate-600">{admin?.job_title || DASH}</td>
                    <td className="px-4 py-2">
                      <AwayBadge away={admin?.away_mode_enabled} reassign={admin?.away_mode_reassign} />
                    </td>
                    <td className="px-4 py-2">
                      <SeatBadge seat={admin?.has_inbox_seat} />
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </Card>
      )}
    </div>
  );
}
