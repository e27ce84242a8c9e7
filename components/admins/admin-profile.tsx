"use client";

import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState } from "react";
import { isMissing } from "@/lib/api/api-error";
import { categoryColor, categoryOf, isSensitiveType, typeLabel } from "@/lib/audit/categories";
import { safeTimeZone } from "@/lib/audit/zoned";
import { DASH, formatDateTime } from "@/lib/format/time";
import { activityLogQueries } from "@/lib/queries/activity-logs";
import { adminQueries, teamQueries, workspaceQueries } from "@/lib/queries/workspace";
import { ErrorPanel, NotFoundPanel } from "@/components/ui/query-state";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";
import { Avatar } from "@/components/ui/avatar";
import { AwayBadge, SeatBadge } from "@/components/ui/admin-badges";

const RECENT = 25;
const THIRTY_DAYS = 30 * 86_400;

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

export function AdminProfile({ id }: { id: string }) {
  const admin = useQuery(adminQueries.detail(id));
  const teams = useQuery(teamQueries.list());
  const me = useQuery(workspaceQueries.me());
  const [since] = useState(() => Math.floor(Date.now() / 60_000) * 60 - THIRTY_DAYS);
  const activity = useQuery({ ...activityLogQueries.teammate(id, since, RECENT), enabled: admin.isSuccess });
  const timeZone = me.data?.app?.timezone ? safeTimeZone(me.data.app.timezone) : undefined;
  const teamById = useMemo(() => new Map((teams.data?.teams ?? []).map((t) => [t.id, t])), [teams.data]);

  if (admin.isError) {
    if (isMissing(admin.error)) return <NotFoundPanel what="Teammate" id={id} backHref="/admins" backLabel="Back to teammates" />;
    return <ErrorPanel error={admin.error} title="Could not load this teammate" onRetry={() => admin.refetch()} />;
  }
  if (admin.isPending) {
    return (
      <div className="space-y-6" role="status" aria-label="Loading">
        <Skeleton className="h-24 w-full" />
        <TableSkeleton rows={6} columns={4} />
      </div>
    );
  }

  const a = admin.data;
  const primary = new Set((a.team_priority_level?.primary_team_ids ?? []).map(String));
  const secondary = new Set((a.team_priority_level?.secondary_team_ids ?? []).map(String));
  const auditHref = `/audit?range=30d&teammate=${encodeURIComponent(a.id)}`;

  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: "/admins", label: "Teammates" }, { label: a.name ?? a.id }]} />
      <Card as="section" className="flex flex-wrap items-start gap-4 p-6">
        <Avatar admin={a} size="lg" />
        <div className="min-w-0 flex-1">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{a.name ?? DASH}</h1>
          <p className="text-sm text-slate-500">{a.job_title || "No job title"}</p>
          <dl className="mt-4 grid grid-cols-2 gap-4 md:grid-cols-4">
            <Field label="Email">
              {a.email ? (
                <a href={`mailto:${a.email}`} className="text-brand-600 hover:underline">
                  {a.email}
                </a>
              ) : (
                DASH
              )}
            </Field>
            <Field label="Status">
              <AwayBadge away={a.away_mode_enabled} reassign={a.away_mode_reassign} />
            </Field>
            <Field label="Inbox seat">
              <SeatBadge seat={a.has_inbox_seat} />
            </Field>
            <Field label="Teammate id">
              <code className="font-mono text-xs">{a.id}</code>
            </Field>
          </dl>
        </div>
      </Card>

      <Card as="section" aria-labelledby="teams-heading" className="p-6">
        <h2 id="teams-heading" className="text-sm font-semibold text-slate-900">
          Teams
        </h2>
        {(a.team_ids ?? []).length === 0 ? (
          <p className="mt-2 text-sm text-slate-500">{a.name ?? "This teammate"} is not in any team.</p>
        ) : (
          <ul className="mt-3 flex flex-wrap gap-2">
            {(a.team_ids ?? []).map((tid) => (
              <li key={tid}>
                <Link href={`/teams/${tid}`} className="inline-flex items-center gap-2 rounded-md border border-slate-200 px-3 py-1.5 text-sm text-brand-600 hover:border-slate-300 hover:underline">
                  {teamById.get(String(tid))?.name ?? `Team ${tid}`}
                  {primary.has(String(tid)) && <span className="rounded bg-brand-50 px-1.5 text-[11px] font-medium text-brand-700">Primary</span>}
                  {secondary.has(String(tid)) && <span className="rounded bg-slate-100 px-1.5 text-[11px] text-slate-600">Secondary</span>}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card as="section" aria-labelledby="activity-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 px-6 py-4">
          <h2 id="activity-heading" className="text-sm font-semibold text-slate-900">
            Recent activity <span className="font-normal text-slate-500">· last 30 days</span>
          </h2>
          <Link href={auditHref} className="text-sm font-medium text-brand-600 hover:underline">
            See all in the audit log →
          </Link>
        </div>
        {activity.isError ? (
          <div className="p-4">
            <ErrorPanel error={activity.error} title="Could not load recent activity" onRetry={() => activity.refetch()} />
          </div>
        ) : activity.isPending ? (
          <div className="p-4">
            <TableSkeleton rows={5} columns={3} />
          </div>
        ) : activity.data.logs.length === 0 ? (
          <p className="px-6 py-8 text-center text-sm text-slate-500">{a.name ?? "This teammate"} has no logged activity in the last 30 days.</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="recent-activity">
            {activity.data.logs.map((log) => (
              <li key={log.id} className="grid grid-cols-[10rem_12rem_1fr_8rem] gap-3 px-6 py-2.5 text-sm">
                <span className="tabular-nums text-slate-600">{formatDateTime(log.created_at, timeZone)}</span>
                <span className="flex min-w-0 items-center gap-1.5">
                  <span aria-hidden className="size-2 shrink-0 rounded-full" style={{ background: categoryColor(categoryOf(log.activity_type)) }} />
                  <span className="truncate">{typeLabel(log.activity_type)}</span>
                  {isSensitiveType(log.activity_type) && <span className="rounded bg-amber-100 px-1 text-[10px] font-semibold text-amber-800">Sensitive</span>}
                </span>
                <span className="text-slate-800">{log.activity_description || DASH}</span>
                <span className="font-mono text-xs text-slate-500">{log.performed_by?.ip ?? DASH}</span>
              </li>
            ))}
          </ul>
        )}
        {activity.data && !activity.data.complete && (
          <p className="border-t border-slate-100 px-6 py-2 text-xs text-slate-500">
            Showing the latest {activity.data.logs.length}.{" "}
            <Link href={auditHref} className="text-brand-600 hover:underline">
              Open the audit log for everything in the last 30 days
            </Link>
            .
          </p>
        )}
      </Card>
    </div>
  );
}
