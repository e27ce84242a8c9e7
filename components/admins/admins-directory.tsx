"use client";

import { Input, Select } from "@/components/ui/field";
import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { debounce, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { useMemo } from "react";
import { ADMIN_SORTS, directory, type AdminSort } from "@/lib/audit/admin-directory";
import { DASH, formatNumber } from "@/lib/format/time";
import type { Team } from "@/lib/intercom/types/admins";
import { adminQueries, teamQueries } from "@/lib/queries/workspace";
import { ErrorPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { Avatar } from "@/components/ui/avatar";
import { AwayBadge, SeatBadge } from "@/components/ui/admin-badges";
import { ChoiceSelect } from "@/components/ui/choice-select";

const params = {
  q: parseAsString,
  team: parseAsString,
  away: parseAsStringLiteral(["away", "active"] as const),
  sort: parseAsStringLiteral(ADMIN_SORTS).withDefault("name"),
  dir: parseAsStringLiteral(["asc", "desc"] as const).withDefault("asc"),
};

const COLUMNS: { id: AdminSort; label: string }[] = [
  { id: "name", label: "Teammate" },
  { id: "email", label: "Email" },
  { id: "job", label: "Job title" },
  { id: "teams", label: "Teams" },
  { id: "away", label: "Status" },
  { id: "seat", label: "Inbox seat" },
];

export function AdminsDirectory() {
  const [query, setQuery] = useQueryStates(params, { history: "replace" });
  const admins = useQuery(adminQueries.list());
  const teams = useQuery(teamQueries.list());
  const teamById = useMemo(() => new Map<string, Team>((teams.data?.teams ?? []).map((t) => [t.id, t])), [teams.data]);
  const list = useMemo(() => admins.data?.admins ?? [], [admins.data]);
  const rows = useMemo(() => directory(list, teamById, query), [list, teamById, query]);
  const unknownTeam = query.team && teams.isSuccess && !teamById.has(query.team);

  const sortBy = (id: AdminSort) => void setQuery({ sort: id, dir: query.sort === id && query.dir === "asc" ? "desc" : "asc" });

  return (
    <div className="space-y-5">
      <PageHeader
        title="Teammates"
        description={
          admins.data
            ? `${formatNumber(list.length)} teammates · ${formatNumber(list.filter((a) => a.away_mode_enabled).length)} away · ${formatNumber(list.filter((a) => a.has_inbox_seat).length)} with an inbox seat`
            : "Everyone in the workspace, their teams and availability."
        }
      />
      <div className="flex flex-wrap items-end gap-3" role="search">
        <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
          Search
          <Input type="search" className="w-64" placeholder="Name or email" value={query.q ?? ""} onChange={(e) => void setQuery({ q: e.target.value || null }, { limitUrlUpdates: debounce(300) })} />
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
          Team
          <ChoiceSelect value={query.team} onChange={(team) => void setQuery({ team })} anyLabel="All teams" options={teams.data?.teams} />
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
          Status
          <Select value={query.away ?? ""} onChange={(e) => void setQuery({ away: (e.target.value || null) as "away" | "active" | null })}>
            <option value="">Everyone</option>
            <option value="active">Active</option>
            <option value="away">Away</option>
          </Select>
        </label>
      </div>
      {unknownTeam && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          No team has the id “{query.team}”.{" "}
          <button type="button" className="font-medium underline" onClick={() => void setQuery({ team: null })}>
            Show all teams
          </button>
        </p>
      )}

      {admins.isError ? (
        <ErrorPanel error={admins.error} title="Could not load teammates" onRetry={() => admins.refetch()} />
      ) : admins.isPending ? (
        <TableSkeleton rows={10} columns={6} />
      ) : rows.length === 0 ? (
        <Card as="p" className="p-8 text-center text-sm text-slate-500">
          No teammate matches these filters.
        </Card>
      ) : (
        <Card className="relative overflow-x-auto">
          <table className="w-full text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs text-slate-500">
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c.id} scope="col" className="px-4 py-2 font-medium" aria-sort={query.sort === c.id ? (query.dir === "asc" ? "ascending" : "descending") : "none"}>
                    <button type="button" onClick={() => sortBy(c.id)} className="inline-flex items-center gap-1 hover:text-slate-900">
                      {c.label}
                      <span aria-hidden className="text-[10px]">
                        {query.sort === c.id ? (query.dir === "asc" ? "▲" : "▼") : ""}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((a) => (
                <tr key={a.id} className="hover:bg-slate-50">
                  <td className="px-4 py-2">
                    <Link href={`/admins/${encodeURIComponent(a.id)}`} className="flex items-center gap-2 font-medium text-brand-600 hover:underline">
                      <Avatar admin={a} />
                      {a.name ?? DASH}
                    </Link>
                  </td>
                  <td className="px-4 py-2 text-slate-600">{a.email ?? DASH}</td>
                  <td className="px-4 py-2 text-slate-600">{a.job_title || DASH}</td>
                  <td className="px-4 py-2">
                    {(a.team_ids ?? []).length === 0 ? (
                      <span className="text-slate-400">{DASH}</span>
                    ) : (
                      <span className="flex flex-wrap gap-x-2 gap-y-0.5">
                        {(a.team_ids ?? []).map((id) => (
                          <Link key={id} href={`/teams/${id}`} className="text-brand-600 hover:underline">
                            {teamById.get(String(id))?.name ?? `Team ${id}`}
                          </Link>
                        ))}
                      </span>
                    )}
                  </td>
                  <td className="px-4 py-2">
                    <AwayBadge away={a.away_mode_enabled} reassign={a.away_mode_reassign} />
                  </td>
                  <td className="px-4 py-2">
                    <SeatBadge seat={a.has_inbox_seat} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-500">
            {formatNumber(rows.length)} of {formatNumber(list.length)} teammates
          </p>
        </Card>
      )}
    </div>
  );
}
