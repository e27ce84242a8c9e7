"use client";

import { Card } from "@/components/ui/card";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo } from "react";
import { ErrorPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { clientOnly } from "@/components/ui/client-only";
import {
  TopViewsChart as DrawTopViewsChart,
  ConversionChart as DrawConversionChart,
  ReactionMixChart as DrawReactionMixChart,
  SatisfactionScatter as DrawSatisfactionScatter,
} from "./insights-charts";
import { insightsCsv } from "@/lib/articles/csv";
import {
  highTrafficLowSatisfaction,
  highTrafficThreshold,
  LOW_SATISFACTION_SAD_SHARE,
  MIN_REACTIONS_FOR_MIX,
  MIN_VIEWS_FOR_RATE,
  reactionMix,
  satisfactionPoints,
  toRows,
  topByConversionRate,
  topByViews,
  totals,
} from "@/lib/articles/insights";
import { formatPercent, formatRate } from "@/lib/articles/statistics";
import { formatDateTime, formatNumber } from "@/lib/format/time";
import { articleQueries, refreshArticleInsights } from "@/lib/queries/articles";
import { InsightsTable } from "./insights-table";

const FLAGGED_SHOWN = 12;

const chartFallback = () => <Skeleton className="h-72 w-full" />;
const TopViewsChart = clientOnly(DrawTopViewsChart, chartFallback);
const ConversionChart = clientOnly(DrawConversionChart, chartFallback);
const ReactionMixChart = clientOnly(DrawReactionMixChart, chartFallback);
const SatisfactionScatter = clientOnly(DrawSatisfactionScatter, chartFallback);

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card className="p-4">
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</p>
      {hint && <p className="mt-0.5 text-xs text-slate-500">{hint}</p>}
    </Card>
  );
}

function downloadCsv(csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = `article-insights-${new Date().toISOString().slice(0, 10)}.csv`;
  a.click();
  URL.revokeObjectURL(url);
}

export function ArticleInsights() {
  const queryClient = useQueryClient();
  const insights = useQuery(articleQueries.insights());
  const result = insights.data;
  const refresh = useMutation({
    mutationFn: refreshArticleInsights,
    onSettled: () => queryClient.invalidateQueries({ queryKey: articleQueries.insights().queryKey }),
  });
  const refreshing = refresh.isPending || Boolean(result?.refreshing);

  const rows = useMemo(() => toRows(result?.articles ?? []), [result]);
  const view = useMemo(() => {
    const flagged = highTrafficLowSatisfaction(rows);
    return {
      totals: totals(rows),
      top: topByViews(rows),
      conversion: topByConversionRate(rows),
      mix: reactionMix(rows),
      points: satisfactionPoints(rows),
      flagged,
      flaggedIds: new Set(flagged.map((r) => r.id)),
      threshold: highTrafficThreshold(rows),
    };
  }, [rows]);

  return (
    <div>
      <PageHeader
        title="Article insights"
        description={
          result?.capturedAt
            ? `All-time statistics for ${formatNumber(result.articles.length)} articles, as of ${formatDateTime(result.capturedAt)}.`
            : "Which articles are read, which start conversations, and which leave readers unhappy."
        }
        actions={
          result && (
            <>
              <button
                type="button"
                onClick={() => refresh.mutate()}
                disabled={refreshing}
                className="rounded-md border border-slate-300 bg-card px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
              >
                {refreshing ? "Refreshing…" : "Refresh"}
              </button>
              {rows.length > 0 && (
                <button
                  type="button"
                  onClick={() => downloadCsv(insightsCsv(rows, window.location.origin))}
                  className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
                >
                  Export CSV
                </button>
              )}
            </>
          )
        }
      />
      {insights.isError ? (
        <ErrorPanel error={insights.error} title="Could not read article statistics" onRetry={() => void insights.refetch()} />
      ) : !result ? (
        <Skeleton className="h-72 w-full" />
      ) : (
        <div className="space-y-6">
          {refresh.isError && <ErrorPanel error={refresh.error} title="Could not ask for a new snapshot" onRetry={() => refresh.mutate()} />}
          {(refreshing || result.lastError || !result.day) && (
            <div role="status" aria-live="polite" className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="insights-note">
              {refreshing ? (
                <p>Taking a new snapshot: Lens reads each article&apos;s statistics from Intercom once, paced so browsing stays fast.</p>
              ) : result.lastError ? (
                <p>The last snapshot attempt failed: {result.lastError}</p>
              ) : (
                <p>No snapshot yet. Lens takes one a day in the background; press Refresh to take one now.</p>
              )}
            </div>
          )}
          <section aria-label="Totals" className="grid grid-cols-2 gap-4 lg:grid-cols-5">
            <Stat label="Articles" value={formatNumber(view.totals.articles)} />
            <Stat label="Views" value={formatNumber(view.totals.views)} />
            <Stat label="Conversations started" value={formatNumber(view.totals.conversions)} hint={`${formatRate(view.totals.conversionRate)} of views`} />
            <Stat label="Reactions" value={formatNumber(view.totals.reactions)} />
            <Stat label="Sad reactions" value={formatPercent(view.totals.sad)} hint={`${formatPercent(view.totals.happy)} happy · ${formatPercent(view.totals.neutral)} neutral`} />
          </section>
          <div className="grid gap-6 xl:grid-cols-2">
            <TopViewsChart rows={view.top} />
            <ConversionChart rows={view.conversion} minViews={MIN_VIEWS_FOR_RATE} />
            <ReactionMixChart rows={view.mix} minReactions={MIN_REACTIONS_FOR_MIX} />
            <SatisfactionScatter rows={view.points} flagged={view.flaggedIds} threshold={view.threshold} sadShare={LOW_SATISFACTION_SAD_SHARE} />
          </div>
          <Card as="section" className="p-4" aria-label="High traffic, low satisfaction" data-testid="low-satisfaction">
            <h2 className="text-sm font-semibold text-slate-900">High traffic, low satisfaction</h2>
            <p className="mb-2 text-xs text-slate-500">
              Articles in the top quarter by views with at least {LOW_SATISFACTION_SAD_SHARE}% sad reactions: the most unhappy readers first. Rewrite these first.
            </p>
            {view.flagged.length === 0 ? (
              <p className="text-sm text-slate-500">No heavily read article has that many sad reactions.</p>
            ) : (
              <ol className="divide-y divide-slate-100">
                {view.flagged.slice(0, FLAGGED_SHOWN).map((r) => (
                  <li key={r.id} className="flex flex-wrap items-baseline justify-between gap-2 py-1.5 text-sm">
                    <Link href={`/articles/${encodeURIComponent(r.id)}`} className="text-brand-600 hover:underline">
                      {r.title}
                    </Link>
                    <span className="tabular-nums text-slate-600">
                      {formatNumber(r.views)} views · <span className="font-medium text-rose-700">{formatPercent(r.sad)} sad</span> · {formatNumber(r.reactions)} reactions
                    </span>
                  </li>
                ))}
              </ol>
            )}
            {view.flagged.length > FLAGGED_SHOWN && <p className="mt-2 text-xs text-slate-500">And {view.flagged.length - FLAGGED_SHOWN} more: sort the table below by Sad to see them all.</p>}
          </Card>
          <section aria-label="Every article">
            <h2 className="mb-2 text-sm font-semibold text-slate-900">Every article</h2>
            {rows.length === 0 ? <p className="text-sm text-slate-500">There are no articles to report on.</p> : <InsightsTable rows={rows} />}
          </section>
        </div>
      )}
    </div>
  );
}
