"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useMemo } from "react";
import { Card, CardHeader } from "@/components/ui/card";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { QueryState } from "@/components/ui/query-state";
import { Skeleton } from "@/components/ui/skeleton";
import { clientOnly } from "@/components/ui/client-only";
import { formatDateTime, formatNumber } from "@/lib/format/time";
import type { CsatBody } from "@/lib/reports/api-types";
import type { RatedFact, RatingGroup } from "@/lib/reports/csat";
import { drillHref, ledgerHref } from "@/lib/reports/drill";
import { reportQueries } from "@/lib/queries/reports";
import { filterQuery } from "@/lib/reports/report-params";
import { CsvButton } from "./csv-button";
import { CountBars as DrawCountBars, AverageBars as DrawAverageBars, AverageLine as DrawAverageLine, type AveragePoint, type CountPoint } from "./csat-charts";
import { Freshness } from "./freshness";
import { groupLabel, ReportFilters } from "./report-filters";
import { useReportParams } from "./use-report-params";

const chartFallback = () => <Skeleton className="h-[240px] w-full" />;
const CountBars = clientOnly(DrawCountBars, chartFallback);
const AverageBars = clientOnly(DrawAverageBars, chartFallback);
const AverageLine = clientOnly(DrawAverageLine, chartFallback);

const RATED = [1, 2, 3, 4, 5];

export function CsatReport() {
  const [params, setParams] = useReportParams();
  const router = useRouter();
  const query = useQuery(reportQueries.csat(filterQuery(params)));
  const filter = useMemo(() => ({ from: params.from, to: params.to, team: params.team, admin: params.admin }), [params.from, params.to, params.team, params.admin]);
  const go = useCallback((href: string) => router.push(href), [router]);
  const byRating = useCallback((p: CountPoint) => go(ledgerHref({ ...filter, ratings: [Number(p.key)] })), [filter, go]);
  const byWeek = useCallback((p: AveragePoint) => go(drillHref({ ...filter, ratings: RATED }, "week", p.key)), [filter, go]);
  const byTeam = useCallback((p: AveragePoint) => go(drillHref({ ...filter, ratings: RATED }, "team", p.key)), [filter, go]);
  const byAdmin = useCallback((p: AveragePoint) => go(drillHref({ ...filter, ratings: RATED }, "admin", p.key)), [filter, go]);

  return (
    <>
      <PageHeader title="Ratings" description="Conversation ratings by score, week, team and teammate, and the queue of low ratings. Remarks are never stored: open a conversation to read it live." />
      <ReportFilters values={{ ...params, tag: null }} names={query.data?.names} onChange={(patch) => void setParams(patch)} show={["team", "admin"]} />
      <QueryState query={query} loading={<Skeleton className="h-96 w-full" />} errorTitle="Ratings could not be loaded">
        {(body) => (
          <div className="space-y-4">
            <Freshness fresh={body} />
            <p className="text-sm text-muted-foreground">
              {formatNumber(body.rated)} rated conversations (created in the chosen range); {formatNumber(body.lowTotal)} rated 1 or 2.
            </p>
            <div className="grid gap-4 lg:grid-cols-2">
              <Card>
                <CardHeader title="Distribution of ratings" />
                <div className="p-4">
                  <CountBars points={body.distribution.map((d) => ({ key: String(d.rating), label: `${d.rating} ★`, count: d.count }))} label="Ratings by score" onSelect={byRating} />
                </div>
              </Card>
              <Card>
                <CardHeader title="Average by week" />
                <div className="p-4">
                  <AverageLine points={averages(body.weeks, "week", body)} label="Average rating by week" />
                  <AverageBars points={averages(body.weeks, "week", body)} label="Average rating by week, bars open the week's rated conversations" onSelect={byWeek} />
                </div>
              </Card>
              <Card>
                <CardHeader title="Average by team" />
                <div className="p-4">
                  <AverageBars points={averages(body.teams, "team", body)} label="Average rating by team" onSelect={byTeam} />
                </div>
              </Card>
              <Card>
                <CardHeader title="Average by teammate" />
                <div className="p-4">
                  <AverageBars points={averages(body.admins, "admin", body)} label="Average rating by teammate" onSelect={byAdmin} />
                </div>
              </Card>
            </div>
            <GroupTables body={body} />
            <LowQueue body={body} />
          </div>
        )}
      </QueryState>
    </>
  );
}

function averages(groups: RatingGroup[], kind: "week" | "team" | "admin", body: CsatBody): AveragePoint[] {
  return groups.map((g) => ({ key: g.key, label: groupLabel(kind, g.key, body.names).replace("Week of ", ""), average: g.average, count: g.count }));
}

function GroupTables({ body }: { body: CsatBody }) {
  const table = (kind: "team" | "admin", groups: RatingGroup[]) => {
    const columns: DataColumn<RatingGroup>[] = [
      {
        id: "name",
        header: kind === "team" ? "Team" : "Teammate",
        cell: (g) => (
          <Link className="text-brand-700 hover:underline" href={drillHref({ ratings: RATED }, kind, g.key)}>
            {groupLabel(kind, g.key, body.names)}
          </Link>
        ),
      },
      { id: "count", header: "Ratings", align: "right", cell: (g) => formatNumber(g.count) },
      { id: "average", header: "Average", align: "right", cell: (g) => g.average.toFixed(2) },
      { id: "low", header: "Low (1–2)", align: "right", cell: (g) => formatNumber(g.low) },
    ];
    return (
      <Card>
        <CardHeader
          title={kind === "team" ? "By team" : "By teammate"}
          actions={
            <CsvButton
              name={`ratings-by-${kind}`}
              header={[kind === "team" ? "Team" : "Teammate", "Id", "Ratings", "Average", "Low (1-2)"]}
              rows={() => groups.map((g) => [groupLabel(kind, g.key, body.names), g.key, g.count, g.average, g.low])}
            />
          }
        />
        <div className="p-4">
          <DataTable columns={columns} rows={groups} rowKey={(g) => g.key} empty="No ratings." dense caption={`Ratings by ${kind}`} />
        </div>
      </Card>
    );
  };
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {table("team", body.teams)}
      {table("admin", body.admins)}
    </div>
  );
}

function LowQueue({ body }: { body: CsatBody }) {
  const columns: DataColumn<RatedFact>[] = [
    { id: "at", header: "Rated", cell: (r) => formatDateTime(r.rating_created_at) },
    { id: "rating", header: "Rating", align: "right", cell: (r) => `${r.rating} ★` },
    { id: "team", header: "Team", cell: (r) => groupLabel("team", r.team_id ?? "none", body.names) },
    { id: "admin", header: "Teammate", cell: (r) => groupLabel("admin", r.admin_id ?? "none", body.names) },
    {
      id: "open",
      header: "Conversation",
      cell: (r) => (
        <Link className="text-brand-700 hover:underline" href={`/conversations/${encodeURIComponent(r.id)}`}>
          Read {r.id}
        </Link>
      ),
    },
  ];
  return (
    <Card>
      <CardHeader
        title={`Low ratings, newest first (${formatNumber(body.lowTotal)})`}
        actions={
          <CsvButton
            name="low-ratings"
            header={["Rated (UTC)", "Rating", "Team", "Teammate", "Conversation id"]}
            rows={() =>
              body.low.map((r) => [
                new Date(r.rating_created_at * 1000).toISOString(),
                r.rating,
                groupLabel("team", r.team_id ?? "none", body.names),
                groupLabel("admin", r.admin_id ?? "none", body.names),
                r.id,
              ])
            }
          />
        }
      />
      <div className="p-4">
        <DataTable columns={columns} rows={body.low} rowKey={(r) => r.id} empty="No ratings of 1 or 2 in this range." dense caption="Low ratings" />
      </div>
    </Card>
  );
}
