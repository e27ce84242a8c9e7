"use client";

import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import { DATA_ATTRIBUTE_MODELS, dataAttributeParsers } from "@/lib/data-attributes/url-state";
import { DASH, formatDate } from "@/lib/format/time";
import type { DataAttributeModel } from "@/lib/intercom/types/customers";
import { dataAttributeQueries } from "@/lib/queries/data-attributes";
import { TeammateLink } from "@/components/ui/teammate-link";
import { ErrorPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";

const MODEL_LABELS: Record<DataAttributeModel, string> = { contact: "People", company: "Companies", conversation: "Conversations" };

/** /data-attributes?model=…&archived=true: the workspace's attribute schema, by model. */
export function DataAttributesPage() {
  const [params, setParams] = useQueryStates(dataAttributeParsers, { history: "replace" });
  const q = useQuery(dataAttributeQueries.list(params.model, params.archived));
  const attributes = [...(q.data?.data ?? [])].sort((a, b) => Number(a.custom) - Number(b.custom) || (a.label ?? "").localeCompare(b.label ?? ""));
  return (
    <div className="space-y-4">
      <PageHeader title="Data attributes" description="What Intercom stores about people, companies and conversations: standard attributes and this workspace's custom ones." />
      <div className="flex flex-wrap items-center gap-4">
        <div role="tablist" aria-label="Model" className="inline-flex rounded-md border border-slate-200 bg-card p-0.5">
          {DATA_ATTRIBUTE_MODELS.map((m) => (
            <button
              key={m}
              role="tab"
              aria-selected={params.model === m}
              type="button"
              onClick={() => void setParams({ model: m })}
              className={`rounded px-3 py-1 text-sm ${params.model === m ? "bg-brand-600 text-white" : "text-slate-600 hover:bg-slate-100"}`}
            >
              {MODEL_LABELS[m]}
            </button>
          ))}
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-600">
          <input type="checkbox" checked={params.archived} onChange={(e) => void setParams({ archived: e.target.checked || null })} />
          Include archived
        </label>
      </div>
      {q.isPending ? (
        <TableSkeleton rows={10} columns={5} />
      ) : q.isError ? (
        <ErrorPanel error={q.error} title="Could not load data attributes" onRetry={() => q.refetch()} />
      ) : attributes.length === 0 ? (
        <Card as="p" className="p-6 text-sm text-slate-600">
          No data attributes for this model.
        </Card>
      ) : (
        <Card className="relative overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-4 py-2 font-medium">Label</th>
                <th className="px-4 py-2 font-medium">API name</th>
                <th className="px-4 py-2 font-medium">Type</th>
                <th className="px-4 py-2 font-medium">Kind</th>
                <th className="px-4 py-2 font-medium">Description</th>
                <th className="px-4 py-2 font-medium">Created</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {attributes.map((a) => (
                <tr key={`${a.full_name ?? a.name}-${a.id ?? ""}`} className={a.archived ? "text-slate-400" : ""}>
                  <td className="px-4 py-2 font-medium">
                    {a.label || a.name || DASH}
                    {a.archived && <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-500">Archived</span>}
                  </td>
                  <td className="px-4 py-2">
                    <code className="font-mono text-xs">{a.full_name || a.name || DASH}</code>
                  </td>
                  <td className="px-4 py-2">{a.data_type || DASH}</td>
                  <td className="px-4 py-2">{a.custom ? "Custom" : "Standard"}</td>
                  <td className="px-4 py-2 text-slate-600">
                    {a.description || DASH}
                    {a.options?.length ? <span className="block text-xs text-slate-400">Options: {a.options.join(", ")}</span> : null}
                  </td>
                  <td className="px-4 py-2 text-slate-600">
                    {a.created_at ? formatDate(a.created_at) : DASH}
                    {a.admin_id && (
                      <span className="block text-xs">
                        by <TeammateLink id={a.admin_id} />
                      </span>
                    )}
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
