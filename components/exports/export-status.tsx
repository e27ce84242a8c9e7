"use client";

import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import { parseAsString, useQueryState } from "nuqs";
import { useState, type FormEvent } from "react";
import { ErrorPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { isMissing } from "@/lib/api/api-error";
import { formatDateTime, formatRelative } from "@/lib/format/time";
import { exportDownloadUrl, exportQueries } from "@/lib/queries/exports";
import type { DataExport } from "@/lib/intercom/types/content";

/** Intercom's job identifiers are short letters-and-digits strings, e.g. `orzzsbd7hk67xyu`. */
const JOB_PATTERN = /^[A-Za-z0-9]{1,64}$/;

const STATUS_TEXT: Record<string, { label: string; tone: string; help: string }> = {
  pending: { label: "Pending", tone: "bg-slate-100 text-slate-700", help: "Intercom has queued the export. Lens checks again every 10 seconds." },
  in_progress: { label: "In progress", tone: "bg-sky-50 text-sky-800", help: "Intercom is preparing the file; large exports can take hours. Lens checks again every 10 seconds." },
  completed: { label: "Completed", tone: "bg-emerald-50 text-emerald-700", help: "The file is ready." },
  failed: { label: "Failed", tone: "bg-rose-50 text-rose-700", help: "Intercom could not finish this export, usually because it ran for more than 12 hours. Start a smaller one in Intercom." },
  no_data: { label: "No data", tone: "bg-slate-100 text-slate-700", help: "Nothing was sent or viewed in the exported period, so there is no file." },
  canceled: { label: "Canceled", tone: "bg-slate-100 text-slate-700", help: "Someone canceled this export." },
};

function expiresAt(job: DataExport): number | null {
  const n = Number(job.download_expires_at);
  return job.download_expires_at !== "" && Number.isFinite(n) && n > 0 ? n : null;
}

/** checkedAt: when Intercom answered (ms), the moment "expired" is judged at. */
function JobCard({ job: id, data, checkedAt }: { job: string; data: DataExport; checkedAt: number }) {
  const status = String(data.status ?? "unknown");
  const text = STATUS_TEXT[status] ?? { label: status, tone: "bg-slate-100 text-slate-700", help: "Intercom reported a status Lens does not know." };
  const expiry = expiresAt(data);
  const expired = expiry !== null && expiry * 1000 <= checkedAt;
  const downloadable = status === "completed" && !expired;

  return (
    <Card as="section" className="p-5" aria-label="Export job" data-testid="export-job">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="text-xs uppercase tracking-wide text-slate-500">Job</p>
          <p className="font-mono text-sm text-slate-900">{data.job_identifier ?? data.job_identfier ?? id}</p>
        </div>
        <span className={`rounded-full px-2.5 py-0.5 text-sm font-medium ${expired ? "bg-amber-50 text-amber-800" : text.tone}`} data-testid="export-status">
          {expired ? "Expired" : text.label}
        </span>
      </div>
      <p className="mt-3 text-sm text-slate-600">
        {expired ? "Intercom keeps export files for two days after the job completes, and this one's file is gone. Start a new export in Intercom to get the data again." : text.help}
      </p>
      {expiry !== null && (
        <p className="mt-2 text-sm text-slate-600">
          {expired ? "Expired" : "Download available until"} <span className="font-medium text-slate-900">{formatDateTime(expiry)}</span> ({formatRelative(expiry)})
        </p>
      )}
      {downloadable && (
        <a
          href={exportDownloadUrl(id)}
          download={`intercom-content-export-${id}.csv.gz`}
          className="mt-4 inline-flex items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          Download file (gzipped CSV)
        </a>
      )}
    </Card>
  );
}

export function ExportStatus() {
  const [job, setJob] = useQueryState("job", parseAsString);
  const [draft, setDraft] = useState(job ?? "");
  const valid = job !== null && JOB_PATTERN.test(job);
  const status = useQuery({ ...exportQueries.detail(job ?? ""), enabled: valid });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = draft.trim();
    void setJob(value || null);
  };

  return (
    <div className="max-w-2xl">
      <PageHeader
        title="Data exports"
        description="Check a content data export job by its identifier and download the file when it is ready. Lens streams the file from Intercom; it never stores it."
      />
      <form onSubmit={submit} className="mb-6 flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm text-slate-600">
          Job identifier
          <input
            name="job"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            placeholder="e.g. orzzsbd7hk67xyu"
            autoComplete="off"
            spellCheck={false}
            className="w-72 rounded-md border border-slate-300 bg-card px-3 py-1.5 font-mono text-sm focus:border-brand-500 focus:outline-none"
          />
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
          Check status
        </button>
      </form>

      {job === null ? (
        <p className="text-sm text-slate-500">Enter the job identifier Intercom gave you when the export was created.</p>
      ) : !valid ? (
        <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          A job identifier has only letters and digits (up to 64), like <code className="font-mono">orzzsbd7hk67xyu</code>.
        </p>
      ) : status.isError ? (
        <ErrorPanel error={status.error} title={isMissing(status.error) ? "Intercom does not know this export job" : "Could not check this export job"} onRetry={() => status.refetch()} />
      ) : status.isPending ? (
        <Card role="status" aria-label="Loading" className="p-5">
          <Skeleton className="h-5 w-48" />
          <Skeleton className="mt-3 h-4 w-80" />
        </Card>
      ) : (
        <JobCard job={job} data={status.data} checkedAt={status.dataUpdatedAt} />
      )}
    </div>
  );
}
