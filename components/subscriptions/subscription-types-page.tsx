"use client";

import { useQuery } from "@tanstack/react-query";
import { DASH } from "@/lib/format/time";
import { subscriptionTypeQueries } from "@/lib/queries/data-attributes";
import { ErrorPanel } from "@/components/ui/error-panel";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";

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
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-600">This workspace has no subscription types.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-4 py-2 font-medium">Name</th>
                <th className="px-4 py-2 font-medium">Consent</th>
                <th className="px-4 py-2 font-medium">Channels</th>
                <th className="px-4 py-2 font-medium">State</th>
                <th className="px-4 py-2 font-medium">Languages</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {types.map((t) => (
                <tr key={t.id}>
                  <td className="px-4 py-2">
                    <span className="font-medium text-slate-900">{t.default_translation?.name || `Subscription ${t.id}`}</span>
                    {t.default_translation?.description && <span className="block text-xs text-slate-500">{t.default_translation.description}</span>}
                  </td>
                  <td className="px-4 py-2">{t.consent_type === "opt_in" ? "Opt-in" : t.consent_type === "opt_out" ? "Opt-out" : DASH}</td>
                  <td className="px-4 py-2">{(t.content_types ?? []).map((c) => (c === "sms_message" ? "SMS" : c === "email" ? "Email" : c)).join(", ") || DASH}</td>
                  <td className="px-4 py-2">{t.state ? <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATE_STYLE[t.state] ?? ""}`}>{t.state}</span> : DASH}</td>
                  <td className="px-4 py-2 text-slate-600">{(t.translations ?? []).map((tr) => tr.locale).filter(Boolean).join(", ") || DASH}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
