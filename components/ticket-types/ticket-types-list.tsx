"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ErrorPanel } from "@/components/ui/error-panel";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { ticketTypeAttributes, ticketTypesOf } from "@/lib/conversations/ticket-attributes";
import { formatDate } from "@/lib/format/time";
import { ticketTypeQueries } from "@/lib/queries/ticket-types";
import { TypeBadges } from "./type-badges";

export function TicketTypesList() {
  const query = useQuery(ticketTypeQueries.list());
  return (
    <div>
      <PageHeader title="Ticket types" description="The kinds of tickets this workspace files, with the attributes each one collects." />
      {query.isPending ? (
        <TableSkeleton rows={6} columns={5} />
      ) : query.isError ? (
        <ErrorPanel error={query.error} title="Could not load ticket types" onRetry={() => query.refetch()} />
      ) : ticketTypesOf(query.data).length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-600">This workspace has no ticket types.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-3 py-2">Type</th>
                <th className="px-3 py-2">Description</th>
                <th className="px-3 py-2 text-right">Attributes</th>
                <th className="px-3 py-2">Created</th>
                <th className="px-3 py-2">Updated</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {ticketTypesOf(query.data).map((t) => {
                const attrs = ticketTypeAttributes(t);
                return (
                  <tr key={t.id} className={t.archived ? "text-slate-500" : ""} data-testid="ticket-type-row">
                    <td className="whitespace-nowrap px-3 py-2">
                      <span aria-hidden className="mr-2">
                        {t.icon}
                      </span>
                      <Link href={`/ticket-types/${encodeURIComponent(t.id)}`} className="font-medium text-brand-600 hover:underline">
                        {t.name ?? `Ticket type ${t.id}`}
                      </Link>
                      <TypeBadges type={t} />
                    </td>
                    <td className="px-3 py-2 text-slate-600">{t.description || "—"}</td>
                    <td className="px-3 py-2 text-right tabular-nums">
                      {attrs.filter((a) => !a.archived).length}
                      {attrs.some((a) => a.archived) && <span className="ml-1 text-xs text-slate-400">(+{attrs.filter((a) => a.archived).length} archived)</span>}
                    </td>
                    <td className="whitespace-nowrap px-3 py-2 text-slate-600">{formatDate(t.created_at)}</td>
                    <td className="whitespace-nowrap px-3 py-2 text-slate-600">{formatDate(t.updated_at)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
