"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { parseAsStringLiteral, useQueryState } from "nuqs";
import { useCallback, useMemo } from "react";
import { Card, CardHeader } from "@/components/ui/card";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { Field, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { QueryState } from "@/components/ui/query-state";
import { Skeleton } from "@/components/ui/skeleton";
import { clientOnly } from "@/components/ui/client-only";
import { formatDuration, formatNumber } from "@/lib/format/time";
import { drillHref } from "@/lib/reports/drill";
import { METRICS, type MetricKey } from "@/lib/reports/facts";
import { GROUPINGS, type Grouping, type ResponseGroup } from "@/lib/reports/response-times";
import { reportQueries } from "@/lib/queries/reports";
import type { NameMaps } from "@/lib/reports/ledger-csv";
import { responseTimesQuery } from "@/lib/reports/report-params";
import { CsvButton } from "./csv-button";
import { Freshness } from "./freshness";
import { groupLabel, ReportFilters } from "./report-filters";
import { SpreadChart as DrawSpreadChart, type SpreadPoint } from "./response-charts";
import { useReportParams } from "./use-report-params";

const SpreadChart = clientOnly(DrawSpreadChart, () => <Skeleton className="h-[300px] w-full" />);

const GROUP_LABELS: Record<Grouping, string> = { week: "Week", team: "Team", admin: "Teammate", tag: "Tag" };
const metricParser = parseAsStringLiteral(METRICS.map((m) => m.key)).withDefault("time_to_admin_reply");

export function ResponseTimesReport() {
  const [params, setParams] = useReportParams();
  const [metric, setMetric] = useQueryState("metric", metricParser.withOptions({ history: "replace" }));
  const router = useRouter();
  const query = useQuery(reportQueries.responseTimes(responseTimesQuery(params)));
  const names = query.data?.names;
  const filter = useMemo(() => ({ from: params.from, to: params.to, team: params.team, admin: params.admin, tag: params.tag }), [params.from, params.to, params.team, params.admin, params.tag]);
  const hrefOf = useCallback((key: string) => drillHref(filter, params.group, key), [filter, params.group]);
  const onSelect = useCallback((p: SpreadPoint) => router.push(hrefOf(p.key)), [router, hrefOf]);
  const metricLabel = METRICS.find((m) => m.key === metric)!.label;

  return (
    <>
      <PageHeader
        title="Response times"
        description="p50 and p90 of the time to first teammate reply, first and last close and median reply time, with reopens. Times are wall-clock: business hours are out of scope."
      />
      <ReportFilters values={params} names={names} onChange={(patch) => void setParams(patch)}>
        <Field label="Group by" htmlFor="report-group">
          <Select id="report-group" value={params.group} onChange={(e) => void setParams({ group: e.target.value as Grouping })}>
            {GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {GROUP_LABELS[g]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Chart" htmlFor="report-metric">
          <Select id="report-metric" value={metric} onChange={(e) => void setMetric(e.target.value as MetricKey)}>
            {METRICS.map((m) => (
              <option key={m.key} value={m.key}>
                {m.label}
              </option>
            ))}
          </Select>
        </Field>
      </ReportFilters>
      <QueryState query={query} loading={<Skeleton className="h-96 w-full" />} errorTitle="Response times could not be loaded">
        {(body) => {
          const points: SpreadPoint[] = body.groups.map((g) => ({
            key: g.key,
            label: groupLabel(body.group, g.key, body.names),
            p50: g.metrics[metric].p50,
            p90: g.metrics[metric].p90,
            conversations: g.conversations,
          }));
          return (
            <div className="space-y-4">
              <Freshness fresh={body} />
              <Card>
                <CardHeader title={`${metricLabel} by ${GROUP_LABELS[body.group].toLowerCase()}`} />
                <div className="p-4">
                  {points.length ? <SpreadChart points={points} metricLabel={metricLabel} onSelect={onSelect} /> : <p className="text-sm text-muted-foreground">No conversations match.</p>}
                  <p className="mt-2 text-xs text-muted-foreground">Select a bar (or Tab to it and press Enter) to open its conversations in the ledger.</p>
                </div>
              </Card>
              <GroupTable body={body.groups} kind={body.group} names={body.names} hrefOf={hrefOf} />
            </div>
          );
        }}
      </QueryState>
    </>
  );
}

function GroupTable({ body, kind, names, hrefOf }: { body: ResponseGroup[]; kind: Grouping; names: NameMaps; hrefOf: (key: string) => string }) {
  const columns: DataColumn<ResponseGroup>[] = [
    {
      id: "group",
      header: GROUP_LABELS[kind],
      cell: (g) => (
        <Link className="text-brand-700 hover:underline" href={hrefOf(g.key)}>
          {groupLabel(kind, g.key, names)}
        </Link>
      ),
    },
    { id: "conversations", header: "Conversations", align: "right", cell: (g) => formatNumber(g.conversations) },
    ...METRICS.map((m) => ({
      id: m.key,
      header: `${m.label} p50 / p90`,
      align: "right" as const,
      cell: (g: ResponseGroup) => `${formatDuration(g.metrics[m.key].p50)} / ${formatDuration(g.metrics[m.key].p90)}`,
    })),
    { id: "reopened", header: "Reopened", align: "right", cell: (g) => `${formatNumber(g.reopened)} (${g.conversations ? Math.round((g.reopened / g.conversations) * 100) : 0}%)` },
    { id: "reopens", header: "Reopens", align: "right", cell: (g) => formatNumber(g.reopens) },
  ];
  const csv = () =>
    body.map((g) => [groupLabel(kind, g.key, names), g.key, g.conversations, ...METRICS.flatMap((m) => [g.metrics[m.key].p50 ?? "", g.metrics[m.key].p90 ?? ""]), g.reopened, g.reopens]);
  return (
    <Card>
      <CardHeader
        title="By group"
        actions={
          <CsvButton
            name={`response-times-by-${kind}`}
            header={[GROUP_LABELS[kind], "Key", "Conversations", ...METRICS.flatMap((m) => [`${m.label} p50 (s)`, `${m.label} p90 (s)`]), "Reopened conversations", "Reopens"]}
            rows={csv}
          />
        }
      />
      <div className="p-4">
        <DataTable columns={columns} rows={body} rowKey={(g) => g.key} empty="No conversations match these filters." caption="Response times by group" dense />
      </div>
    </Card>
  );
}
