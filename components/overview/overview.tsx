"use client";

import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { contactQueries } from "@/lib/queries/contacts";
import { conversationQueries } from "@/lib/queries/conversations";
import { adminQueries, teamQueries, workspaceQueries } from "@/lib/queries/workspace";
import { formatDate, formatNumber } from "@/lib/format/time";
import { ErrorPanel } from "@/components/ui/query-state";
import { Skeleton } from "@/components/ui/skeleton";
import { NAV } from "@/lib/navigation";

function StatCard({ label, value, href, loading, hint }: { label: string; value: string; href?: string; loading?: boolean; hint?: string }) {
  const body = (
    <Card className="h-full p-4 transition-colors hover:border-slate-300">
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</p>
      {loading ? <Skeleton className="mt-2 h-7 w-16" /> : <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</p>}
      {hint && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
    </Card>
  );
  return href ? (
    <Link href={href} className="block">
      {body}
    </Link>
  ) : (
    body
  );
}

export function Overview() {
  const me = useQuery(workspaceQueries.me());
  const admins = useQuery(adminQueries.list());
  const teams = useQuery(teamQueries.list());
  const contacts = useQuery(contactQueries.count());
  const open = useQuery(conversationQueries.openCount());

  const adminList = admins.data?.admins ?? [];
  const away = adminList.filter((a) => a.away_mode_enabled).length;
  const seats = adminList.filter((a) => a.has_inbox_seat).length;
  const app = me.data?.app;

  return (
    <div className="space-y-8">
      <section className="rounded-xl border border-slate-200 bg-card p-6">
        {me.isError ? (
          <ErrorPanel error={me.error} title="Could not read the workspace" onRetry={() => me.refetch()} />
        ) : (
          <div className="flex flex-wrap items-end justify-between gap-4">
            <div>
              <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Workspace</p>
              {me.isPending ? (
                <Skeleton className="mt-2 h-8 w-56" />
              ) : (
                <h1 className="mt-1 text-3xl font-semibold tracking-tight" data-testid="overview-workspace">
                  {app?.name ?? "Intercom workspace"}
                </h1>
              )}
              {me.isPending ? (
                <Skeleton className="mt-2 h-4 w-72" />
              ) : (
                <p className="mt-2 text-sm text-slate-500">
                  Region {app?.region ?? "—"} · Time zone {app?.timezone ?? "—"} · Created {formatDate(app?.created_at)}
                </p>
              )}
            </div>
            {me.data && (
              <p className="text-sm text-slate-500">
                Signed in to Intercom as <span className="font-medium text-slate-700">{me.data.name}</span>
              </p>
            )}
          </div>
        )}
      </section>

      <section aria-label="Workspace at a glance" className="grid grid-cols-2 gap-4 lg:grid-cols-5">
        <StatCard
          label="Teammates"
          href="/admins"
          loading={admins.isPending}
          value={admins.isError ? "—" : formatNumber(adminList.length)}
          hint={admins.data ? `${seats} with an inbox seat · ${away} away` : undefined}
        />
        <StatCard label="Teams" href="/teams" loading={teams.isPending} value={teams.isError ? "—" : formatNumber(teams.data?.teams.length)} />
        <StatCard label="Contacts" href="/contacts" loading={contacts.isPending} value={contacts.isError ? "—" : formatNumber(contacts.data?.total_count)} />
        <StatCard label="Open conversations" href="/conversations?state=open" loading={open.isPending} value={open.isError ? "—" : formatNumber(open.data?.total_count)} />
        <StatCard label="Audit log" href="/audit" value="7 days" hint="Who changed what" />
      </section>
      {(admins.isError || teams.isError) && <ErrorPanel error={admins.error ?? teams.error} title="Could not load teammates or teams" />}

      <section aria-label="Areas" className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        {NAV.map((group) => (
          <Card key={group.label} className="p-4">
            <h2 className="text-sm font-semibold text-slate-900">{group.label}</h2>
            <ul className="mt-2 space-y-1 text-sm">
              {group.items
                .filter((i) => i.href !== "/")
                .map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="text-brand-600 hover:underline">
                      {item.label}
                    </Link>
                  </li>
                ))}
            </ul>
          </Card>
        ))}
      </section>
    </div>
  );
}
