"use client";

import { useQuery } from "@tanstack/react-query";
import { DASH } from "@/lib/format/time";
import { subscriptionTypeQueries } from "@/lib/queries/data-attributes";
import { ErrorPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { EmptyNote, TableCard } from "@/components/ui/table-card";

const STATE_STYLE: Record<string, string> = { live: "bg-emerald-50 text-emerald-700", draft: "bg-amber-50 text-amber-700", archived: "bg-slate-100 text-slate-500" };

/** /subscription-types: what people can opt into or out of, and on which channels. */
export function SubscriptionTypesPage() {
  const q = useQuery(subscriptionTypeQueries.list());
  const types = q.data?.data ?? [];
  return (
    <div className="space-y-4">
      <PageHeader title="Subscription types" description="Opt-out types reach everyone until they unsubscribe; opt-in types reach only people who agreed." />
      {q.isPending ? (
        <TableSkeleton rows={5} columns={5} />
      ) : q.isError ? (
        <ErrorPanel error={q.error} title="Could not load subscription types" onRetry={() => q.refetch()} />
      ) : types.length === 0 ? (
        <EmptyNote>This workspace has no subscription types.</EmptyNote>
      ) : (
        <TableCard columns={[{ label: "Name" }, { label: "Consent" }, { label: "Channels" }, { label: "State" }, { label: "Languages" }]}>
          {types.map((t) => (
            <tr key={t.id}>
              <td className="px-4 py-2">
                <span className="font-medium text-slate-900">{t.default_translation?.name || `Subscription ${t.id}`}</span>
                {t.default_translation?.description && <span className="block text-xs text-slate-500">{t.default_translation.description}</span>}
              </td>
              <td className="px-4 py-2">{t.consent_type === "opt_in" ? "Opt-in" : t.consent_type === "opt_out" ? "Opt-out" : DASH}</td>
              <td className="px-4 py-2">{(t.content_types ?? []).map((c) => (c === "sms_message" ? "SMS" : c === "email" ? "Email" : c)).join(", ") || DASH}</td>
              <td className="px-4 py-2">{t.state ? <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATE_STYLE[t.state] ?? ""}`}>{t.state}</span> : DASH}</td>
              <td className="px-4 py-2 text-slate-600">
                {(t.translations ?? [])
                  .map((tr) => tr.locale)
                  .filter(Boolean)
                  .join(", ") || DASH}
              </td>
            </tr>
          ))}
        </TableCard>
      )}
    </div>
  );
}
