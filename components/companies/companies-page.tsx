"use client";

import { Select } from "@/components/ui/field";
import { Card } from "@/components/ui/card";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useQueryStates } from "nuqs";
import { companyListFilters, companyParsers } from "@/lib/companies/url-state";
import { useState, type FormEvent } from "react";
import type { Company } from "@/lib/intercom/types/customers";
import { DASH, formatDate, formatNumber, formatRelative } from "@/lib/format/time";
import { companyQueries } from "@/lib/queries/companies";
import { segmentQueries } from "@/lib/queries/segments";
import { tagQueries } from "@/lib/queries/tags";
import { ErrorPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { ExportCompaniesButton } from "./export-companies-button";
import { ChoiceSelect } from "@/components/ui/choice-select";

export function planName(c: Company): string {
  return c.plan && "name" in c.plan && c.plan.name ? c.plan.name : DASH;
}

export function money(n: number | null | undefined): string {
  return n === null || n === undefined ? DASH : new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 }).format(n);
}

/** /companies: page through every company, filter by tag or segment, or look one up by name or company_id. */
export function CompaniesPage() {
  const [params, setParams] = useQueryStates(companyParsers, { history: "push" });
  const filters = companyListFilters(params);
  const page = filters.page;
  const lookingUp = params.q.trim() !== "";
  const list = useQuery({ ...companyQueries.list(filters), enabled: !lookingUp, placeholderData: keepPreviousData });
  const found = useQuery({ ...companyQueries.find(params.q), enabled: lookingUp });
  const tags = useQuery(tagQueries.list());
  const segments = useQuery(segmentQueries.list());
  const [text, setText] = useState(params.q);
  const active = lookingUp ? found : list;
  const totalPages = list.data?.pages?.total_pages ?? 1;

  function submit(e: FormEvent) {
    e.preventDefault();
    void setParams({ q: text.trim() || null, page: null });
  }

  return (
    <div className="space-y-4">
      <PageHeader title="Companies" description="Every company in the workspace, with its plan, people and spend." actions={<ExportCompaniesButton />} />
      <Card className="flex flex-wrap items-center gap-2 p-4">
        <form onSubmit={submit} className="flex flex-1 items-center gap-2">
          <label htmlFor="company-lookup" className="sr-only">
            Company name or company_id
          </label>
          <input
            id="company-lookup"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Look up by exact name or company_id"
            className="min-w-56 flex-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
          <button type="submit" className="rounded-md border border-slate-300 bg-card px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
            Look up
          </button>
        </form>
        <label htmlFor="company-tag" className="sr-only">
          Tag
        </label>
        <ChoiceSelect id="company-tag" disabled={lookingUp} value={params.tag} onChange={(tag) => void setParams({ tag, page: null })} anyLabel="Any tag" options={tags.data?.data} />
        <label htmlFor="company-segment" className="sr-only">
          Segment
        </label>
        <Select id="company-segment" disabled={lookingUp} value={params.segment ?? ""} onChange={(e) => void setParams({ segment: e.target.value || null, page: null })}>
          <option value="">Any segment</option>
          {segments.data?.segments.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name ?? s.id}
            </option>
          ))}
        </Select>
        {(lookingUp || params.tag || params.segment) && (
          <button
            type="button"
            onClick={() => {
              setText("");
              void setParams(null);
            }}
            className="text-sm text-brand-600 hover:underline"
          >
            Clear
          </button>
        )}
      </Card>
      <p className="text-xs text-slate-500">Intercom looks companies up by their exact name or company_id only; filters apply to the full list.</p>

      {active.isPending ? (
        <TableSkeleton rows={10} columns={7} />
      ) : active.isError ? (
        <ErrorPanel error={active.error} title="Could not load companies" onRetry={() => active.refetch()} />
      ) : active.data.data.length === 0 ? (
        <Card as="p" className="p-6 text-sm text-slate-600">
          {lookingUp ? `No company is named “${params.q}” or has that company_id.` : "No company matches these filters."}
        </Card>
      ) : (
        <>
          <CompanyTable companies={active.data.data} />
          {!lookingUp && (
            <nav aria-label="Pages" className="flex items-center justify-between text-sm text-slate-600">
              <span data-testid="company-page-status">
                Page {formatNumber(page)} of {formatNumber(totalPages)} · {formatNumber(list.data?.total_count)} companies
              </span>
              <span className="flex gap-2">
                <button type="button" disabled={page <= 1} onClick={() => void setParams({ page: page - 1 })} className="rounded-md border border-slate-300 bg-card px-3 py-1 disabled:opacity-40">
                  Previous
                </button>
                <button
                  type="button"
                  disabled={page >= totalPages}
                  onClick={() => void setParams({ page: page + 1 })}
                  className="rounded-md border border-slate-300 bg-card px-3 py-1 disabled:opacity-40"
                >
                  Next
                </button>
              </span>
            </nav>
          )}
        </>
      )}
    </div>
  );
}

function CompanyTable({ companies }: { companies: Company[] }) {
  return (
    <Card className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="px-4 py-2 font-medium">Name</th>
            <th className="px-4 py-2 font-medium">Plan</th>
            <th className="px-4 py-2 text-right font-medium">People</th>
            <th className="px-4 py-2 text-right font-medium">Monthly spend</th>
            <th className="px-4 py-2 font-medium">Industry</th>
            <th className="px-4 py-2 font-medium">Last seen</th>
            <th className="px-4 py-2 font-medium">Created</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {companies.map((c) => (
            <tr key={c.id} className="hover:bg-slate-50">
              <td className="px-4 py-2">
                <Link href={`/companies/${encodeURIComponent(c.id)}`} className="font-medium text-brand-600 hover:underline">
                  {c.name || c.company_id || c.id}
                </Link>
                <span className="block text-xs text-slate-400">{c.company_id}</span>
              </td>
              <td className="px-4 py-2">{planName(c)}</td>
              <td className="px-4 py-2 text-right tabular-nums">{formatNumber(c.user_count)}</td>
              <td className="px-4 py-2 text-right tabular-nums">{money(c.monthly_spend)}</td>
              <td className="px-4 py-2 text-slate-600">{c.industry || DASH}</td>
              <td className="px-4 py-2 text-slate-600">{formatRelative(c.last_request_at)}</td>
              <td className="px-4 py-2 text-slate-600">{formatDate(c.created_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
