"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ErrorPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { ticketTypeAttributes, ticketTypesOf } from "@/lib/conversations/ticket-attributes";
import { formatDate } from "@/lib/format/time";
import { ticketTypeQueries } from "@/lib/queries/ticket-types";
import { TypeBadges } from "./type-badges";
import { EmptyNote, TableCard } from "@/components/ui/table-card";

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
        <EmptyNote>This workspace has no ticket types.</EmptyNote>
      ) : (
        <TableCard columns={[{ label: "Type" }, { label: "Description" }, { label: "Attributes", align: "right" }, { label: "Created" }, { label: "Updated" }]} dense>
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
        </TableCard>
      )}
    </div>
  );
}
