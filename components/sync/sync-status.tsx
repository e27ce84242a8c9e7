"use client";

import { useQuery } from "@tanstack/react-query";
import { ErrorPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { TableCard } from "@/components/ui/table-card";
import { formatDate, formatDateTime, formatNumber, formatRelative } from "@/lib/format/time";
import { syncQueries } from "@/lib/queries/sync";
import type { ArchiveStatus, SyncStreamStatus } from "@/lib/sync/types";

const LABELS: Record<SyncStreamStatus["stream"], { name: string; what: string; rows: string }> = {
  activity_logs: { name: "Activity log", what: "Every teammate action, archived and hash-chained", rows: "entries" },
  conversations: { name: "Conversations", what: "Facts for reports: times, owners, tags, ratings' scores", rows: "conversations" },
  articles: { name: "Article statistics", what: "One snapshot of every article a day", rows: "articles today" },
  admins: { name: "Teammates, teams, tags", what: "The current list, replaced each hour", rows: "records" },
};

function Backfill({ s }: { s: SyncStreamStatus }) {
  if (s.stream !== "activity_logs") return <span className="text-slate-400">—</span>;
  if (s.backfillDone) return <span>Complete{s.backfillCursor ? `, back to ${formatDate(s.backfillCursor)}` : ""}</span>;
  if (s.backfillCursor === null) return <span>Not started</span>;
  const days = s.watermark !== null ? Math.round((s.watermark - s.backfillCursor) / 86_400) : null;
  return (
    <span>
      In progress: back to {formatDate(s.backfillCursor)}
      {days !== null ? ` (${formatNumber(days)} days)` : ""}
    </span>
  );
}

function StreamRow({ s }: { s: SyncStreamStatus }) {
  const label = LABELS[s.stream];
  return (
    <tr data-testid={`sync-stream-${s.stream}`} className="align-top">
      <td className="px-4 py-2">
        <p className="font-medium text-slate-900">{label.name}</p>
        <p className="text-xs text-slate-500">{label.what}</p>
      </td>
      <td className="px-4 py-2 text-slate-700">
        {s.running ? <span className="text-brand-600">Running…</span> : s.lastRunAt ? <span title={formatDateTime(s.lastRunAt)}>{formatRelative(s.lastRunAt)}</span> : "Never"}
      </td>
      <td className="px-4 py-2 text-slate-700">{s.watermark ? formatDateTime(s.watermark) : "—"}</td>
      <td className="px-4 py-2 text-right tabular-nums text-slate-700" data-testid="sync-rows">
        {formatNumber(s.rows)} <span className="text-xs text-slate-500">{label.rows}</span>
      </td>
      <td className="px-4 py-2 text-slate-700">
        <Backfill s={s} />
      </td>
      <td className="px-4 py-2">{s.lastError ? <span className="text-rose-700">{s.lastError}</span> : <span className="text-slate-400">None</span>}</td>
    </tr>
  );
}

function Archive({ a }: { a: ArchiveStatus }) {
  return (
    <section
      aria-label="Archive verification"
      data-testid="archive-verification"
      className={`rounded-lg border p-4 text-sm ${a.ok ? "border-emerald-200 bg-emerald-50 text-emerald-900" : "border-rose-200 bg-rose-50 text-rose-900"}`}
    >
      <h2 className="font-semibold">{a.ok ? "The archive's hash chain holds" : "The archive's hash chain is broken"}</h2>
      {a.ok ? (
        <p className="mt-1">
          {a.checked === 0 ? "No entries archived yet." : `${formatNumber(a.checked)} entries checked from #${formatNumber(a.anchorSeq)}: none edited, reordered or removed outside retention.`} Checked{" "}
          {formatRelative(a.verifiedAt)}.
        </p>
      ) : (
        <p className="mt-1">
          First broken link: entry #{formatNumber(a.firstBroken?.seq)} (id <code>{a.firstBroken?.id}</code>): {a.firstBroken?.reason}. The {formatNumber(a.checked)} entries before it hold.
        </p>
      )}
    </section>
  );
}

export function SyncStatusView() {
  const status = useQuery(syncQueries.status());
  const data = status.data;
  return (
    <div>
      <PageHeader
        title="Sync"
        description={
          data
            ? `Lens keeps its own copy of what reports need in ${data.store}. ${data.scheduled ? `The sync runs in the background with ${Math.round(data.share * 100)}% of Lens's Intercom budget.` : "This instance does not sync on a schedule (LENS_SYNC=off)."}${data.archiveDays ? ` Archive entries older than ${data.archiveDays} days are removed.` : ""}`
            : "What Lens has copied from Intercom into its own store, and how far it has got."
        }
      />
      {status.isError ? (
        <ErrorPanel error={status.error} title="Could not read the sync's state" onRetry={() => void status.refetch()} />
      ) : !data ? (
        <Skeleton className="h-64 w-full" />
      ) : (
        <div className="space-y-6">
          <TableCard columns={[{ label: "Stream" }, { label: "Last run" }, { label: "Synced up to" }, { label: "Rows", align: "right" }, { label: "Backfill" }, { label: "Last error" }]}>
            {data.streams.map((s) => (
              <StreamRow key={s.stream} s={s} />
            ))}
          </TableCard>
          <Archive a={data.archive} />
        </div>
      )}
    </div>
  );
}
