"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { companyQueries } from "@/lib/queries/companies";

/** Narrow to one company, found by its exact name or company_id (all Intercom can look up). */
export function CompanyFilter({ companyId, onChange }: { companyId: string | null; onChange: (id: string | null) => void }) {
  const client = useQueryClient();
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const company = useQuery({ ...companyQueries.detail(companyId ?? ""), enabled: companyId !== null });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const value = text.trim();
    if (!value) return;
    setBusy(true);
    setProblem(null);
    try {
      const first = (await client.fetchQuery(companyQueries.find(value))).data[0];
      if (first) {
        onChange(first.id);
        setText("");
        return;
      }
      setProblem(`No company is named “${value}” or has that company_id.`);
    } catch (err) {
      setProblem(err instanceof Error ? err.message : "The company lookup failed.");
    } finally {
      setBusy(false);
    }
  }

  if (companyId) {
    return (
      <span className="inline-flex items-center gap-1 rounded-md border border-brand-200 bg-brand-50 px-2 py-1 text-sm text-brand-800" data-testid="company-filter-chip">
        Company: {company.data?.name ?? (company.isError ? companyId : "…")}
        <button type="button" aria-label="Clear the company filter" onClick={() => onChange(null)} className="ml-1 rounded px-1 text-brand-700 hover:bg-brand-100">
          ×
        </button>
      </span>
    );
  }
  return (
    <form onSubmit={submit} className="flex items-center gap-1">
      <label htmlFor="company-filter" className="sr-only">
        Company name or company_id
      </label>
      <input
        id="company-filter"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Company (exact name or id)"
        className="w-52 rounded-md border border-slate-300 bg-card px-2 py-1.5 text-sm"
      />
      <button type="submit" disabled={busy} className="rounded-md border border-slate-300 bg-card px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-50 disabled:opacity-60">
        {busy ? "…" : "Apply"}
      </button>
      {problem && (
        <span role="status" className="text-xs text-red-700">
          {problem}
        </span>
      )}
    </form>
  );
}
