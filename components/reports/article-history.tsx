"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { parseAsString, useQueryState } from "nuqs";
import { useCallback } from "react";
import { Card, CardHeader } from "@/components/ui/card";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { QueryState } from "@/components/ui/query-state";
import { Skeleton } from "@/components/ui/skeleton";
import { clientOnly } from "@/components/ui/client-only";
import { DailyBars as DrawDailyBars } from "./article-charts";
import { formatNumber } from "@/lib/format/time";
import type { ArticleTrend, DailyChange } from "@/lib/reports/article-history";
import { reportQueries } from "@/lib/queries/reports";
import { CsvButton } from "./csv-button";
import { Freshness } from "./freshness";

const DailyBars = clientOnly(DrawDailyBars, () => <Skeleton className="h-[260px] w-full" />);

/** Under two days of snapshots there are no differences to show yet. */
export function TooFewSnapshots({ days }: { days: number }) {
  return days >= 2 ? null : (
    <p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" role="status">
      Lens has {days === 0 ? "no daily snapshots" : "one day of snapshots"} yet: per-day numbers need at least two days. The history grows with each day&apos;s sync.
    </p>
  );
}

const trendColumns: DataColumn<ArticleTrend>[] = [
  {
    id: "title",
    header: "Article",
    cell: (t) => (
      <Link className="text-brand-700 hover:underline" href={`/articles/${encodeURIComponent(t.article_id)}`}>
        {t.title}
      </Link>
    ),
  },
  { id: "views7", header: "Views, last 7 days", align: "right", cell: (t) => formatNumber(t.views7) },
  { id: "prev7", header: "Views, 7 days before", align: "right", cell: (t) => formatNumber(t.viewsPrev7) },
  { id: "change", header: "Change", align: "right", cell: (t) => `${t.views7 - t.viewsPrev7 >= 0 ? "+" : ""}${formatNumber(t.views7 - t.viewsPrev7)}` },
  { id: "sad", header: "Sad share, then → now", align: "right", cell: (t) => `${t.sadBefore}% → ${t.sadNow}%` },
];

type DayRow = DailyChange & { article_id: string; title: string };
const dayColumns: DataColumn<DayRow>[] = [
  {
    id: "title",
    header: "Article",
    cell: (r) => (
      <Link className="text-brand-700 hover:underline" href={`/articles/${encodeURIComponent(r.article_id)}`}>
        {r.title}
      </Link>
    ),
  },
  { id: "views", header: "Views", align: "right", cell: (r) => formatNumber(r.views) },
  { id: "conversions", header: "Conversations started", align: "right", cell: (r) => formatNumber(r.conversions) },
  { id: "reactions", header: "Reactions", align: "right", cell: (r) => formatNumber(r.reactions) },
];

const TREND_HEADER = ["Article", "Article id", "Views last 7 days", "Views 7 days before", "Sad share 7 days ago (%)", "Sad share now (%)"];
const trendCsv = (rows: ArticleTrend[]) => () => rows.map((t) => [t.title, t.article_id, t.views7, t.viewsPrev7, t.sadBefore, t.sadNow]);

export function ArticleHistoryReport() {
  const [day, setDay] = useQueryState("day", parseAsString.withOptions({ history: "replace" }));
  const query = useQuery(reportQueries.articles(day));
  const onSelect = useCallback((d: DailyChange) => void setDay(d.day), [setDay]);
  return (
    <>
      <PageHeader title="Article history" description="Views, conversations started and reactions per day, from daily snapshots of each article's all-time totals." />
      <QueryState query={query} loading={<Skeleton className="h-96 w-full" />} errorTitle="Article history could not be loaded">
        {(body) => {
          const selected = body.daily.find((d) => d.day === day);
          return (
            <div className="space-y-4">
              <Freshness fresh={body} />
              <TooFewSnapshots days={body.historyDays} />
              <Card>
                <CardHeader
                  title="Per day, all articles"
                  actions={
                    <CsvButton
                      name="article-days"
                      header={["Day", "Views", "Conversations started", "Reactions", "Days covered"]}
                      rows={() => body.daily.map((d) => [d.day, d.views, d.conversions, d.reactions, d.span])}
                    />
                  }
                />
                <div className="p-4">
                  {body.daily.length ? (
                    <DailyBars daily={body.daily} label="Views, conversations started and reactions per day" onSelect={onSelect} />
                  ) : (
                    <p className="text-sm text-muted-foreground">Nothing to chart yet.</p>
                  )}
                  <p className="mt-2 text-xs text-muted-foreground">Select a day&apos;s views bar (or Tab to it and press Enter) to list its articles.</p>
                </div>
              </Card>
              {selected && (
                <Card>
                  <CardHeader
                    title={`${selected.day}: ${formatNumber(selected.views)} views, ${formatNumber(selected.conversions)} conversations started, ${formatNumber(selected.reactions)} reactions${selected.span > 1 ? ` (over ${selected.span} days: snapshots were missed)` : ""}`}
                    actions={
                      <CsvButton
                        name={`articles-${selected.day}`}
                        header={["Article", "Article id", "Views", "Conversations started", "Reactions"]}
                        rows={() => body.dayRows.map((r) => [r.title, r.article_id, r.views, r.conversions, r.reactions])}
                      />
                    }
                  />
                  <div className="p-4" data-testid="selected-day">
                    <DataTable columns={dayColumns} rows={body.dayRows} rowKey={(r) => r.article_id} empty="No article changed that day." dense caption={`Articles on ${selected.day}`} />
                  </div>
                </Card>
              )}
              {[
                ["Movers of the last 7 days", "article-movers", body.movers, "No article has a week of history yet."],
                ["Views falling", "article-falling-views", body.falling, "No article lost a quarter of its views this week."],
                ["Sad share rising", "article-sadder", body.sadder, "No article's sad share rose by 5 points or more this week."],
              ].map(([title, name, rows, empty]) => (
                <Card key={name as string}>
                  <CardHeader title={title as string} actions={<CsvButton name={name as string} header={TREND_HEADER} rows={trendCsv(rows as ArticleTrend[])} />} />
                  <div className="p-4">
                    <DataTable columns={trendColumns} rows={rows as ArticleTrend[]} rowKey={(t) => t.article_id} empty={empty as string} dense caption={title as string} />
                  </div>
                </Card>
              ))}
            </div>
          );
        }}
      </QueryState>
    </>
  );
}
