"use client";

import { useState } from "react";
import { apiErrorFrom } from "@/lib/api/api-error";
import { ErrorPanel } from "@/components/ui/query-state";

/** Downloads every company as CSV; the walk over /companies/scroll runs on Lens's server. */
export function ExportCompaniesButton() {
  const [state, setState] = useState<{ busy: boolean; error: unknown; done: string | null }>({ busy: false, error: null, done: null });

  async function run() {
    setState({ busy: true, error: null, done: null });
    try {
      const res = await fetch("/api/companies/export", { headers: { accept: "text/csv" } });
      if (!res.ok) throw await apiErrorFrom(res);
      const blob = await res.blob();
      // The server streams rows as Intercom's pages arrive, so the count is only known here, at the end.
      const { default: Papa } = await import("papaparse");
      const rows = Math.max(0, Papa.parse(await blob.text(), { skipEmptyLines: true }).data.length - 1);
      const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? "companies.csv";
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = name;
      a.click();
      URL.revokeObjectURL(url);
      setState({ busy: false, error: null, done: `Exported ${rows} companies to ${name}.` });
    } catch (error) {
      setState({ busy: false, error, done: null });
    }
  }

  return (
    <div className="flex flex-col items-end gap-2">
      <button
        type="button"
        onClick={run}
        disabled={state.busy}
        className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
      >
        {state.busy ? "Exporting…" : "Export all companies (CSV)"}
      </button>
      {state.done && (
        <p role="status" className="text-xs text-emerald-700">
          {state.done}
        </p>
      )}
      {state.error !== null && (
        <div className="max-w-md">
          <ErrorPanel error={state.error} title="The export did not finish" />
        </div>
      )}
    </div>
  );
}
