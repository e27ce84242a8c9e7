"use client";

import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ErrorPanel, NotFoundPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { isMissing } from "@/lib/api/api-error";
import { isNumericId } from "@/lib/conversations/route-id";
import { attributeLabel, ticketTypeAttributes } from "@/lib/conversations/ticket-attributes";
import { formatDate } from "@/lib/format/time";
import { ticketTypeQueries } from "@/lib/queries/ticket-types";
import { TypeBadges } from "./type-badges";

const yes = (v: boolean | null | undefined) => (v ? "Yes" : "No");

export function TicketTypeView({ id }: { id: string }) {
  const valid = isNumericId(id);
  const query = useQuery({ ...ticketTypeQueries.detail(id), enabled: valid });
  if (!valid || isMissing(query.error)) return <NotFoundPanel what="Ticket type" id={id} backHref="/ticket-types" backLabel="Back to ticket types" />;
  if (query.isError) return <ErrorPanel error={query.error} title="Could not load this ticket type" onRetry={() => query.refetch()} />;
  if (query.isPending) return <TableSkeleton rows={6} columns={6} />;
  const t = query.data;
  const attrs = ticketTypeAttributes(t);
  return (
    <div>
      <PageHeader
        title={
          <>
            <span aria-hidden className="mr-2">
              {t.icon}
            </span>
            {t.name ?? `Ticket type ${t.id}`}
            <TypeBadges type={t} />
          </>
        }
        description={t.description || undefined}
        actions={
          <Link href="/ticket-types" className="text-sm font-medium text-brand-600 hover:underline">
            All ticket types
          </Link>
        }
      />
      <p className="mb-3 text-sm text-slate-500">
        Created {formatDate(t.created_at)} · updated {formatDate(t.updated_at)} · {t.is_internal ? "back-office: customers never see these tickets" : "customers can see these tickets"}
      </p>
      <Card className="relative overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="attribute-table">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-500">
            <tr>
              <th className="px-3 py-2">Attribute</th>
              <th className="px-3 py-2">Type</th>
              <th className="px-3 py-2">Description</th>
              <th className="px-3 py-2">Options</th>
              <th className="px-3 py-2">Required</th>
              <th className="px-3 py-2">Visible to customers</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {attrs.map((a) => (
              <tr key={a.id} className={a.archived ? "text-slate-400" : ""}>
                <td className="whitespace-nowrap px-3 py-2 font-medium">
                  {attributeLabel(a.name)}
                  {a.default && <span className="ml-2 text-xs font-normal text-slate-500">built-in</span>}
                  {a.archived && <span className="ml-2 text-xs font-normal">archived</span>}
                </td>
                <td className="px-3 py-2 font-mono text-xs">{a.data_type ?? "—"}</td>
                <td className="px-3 py-2 text-slate-600">{a.description || "—"}</td>
                <td className="px-3 py-2 text-slate-600">
                  {a.input_options?.list_options?.length
                    ? a.input_options.list_options
                        .map((o) => o.value)
                        .filter(Boolean)
                        .join(", ")
                    : a.input_options?.multiline
                      ? "Multi-line"
                      : "—"}
                </td>
                <td className="px-3 py-2">{yes(a.required_to_create)}</td>
                <td className="px-3 py-2">{yes(a.visible_to_contacts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
