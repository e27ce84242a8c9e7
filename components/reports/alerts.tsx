"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { parseAsString, useQueryState } from "nuqs";
import { useCallback } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { QueryState } from "@/components/ui/query-state";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDateTime } from "@/lib/format/time";
import type { AlertsBody } from "@/lib/reports/api-types";
import { reportQueries } from "@/lib/queries/reports";
import { CsvButton } from "./csv-button";
import type { NamedValue } from "./bar-list-chart";
import { Freshness } from "./freshness";

const BarListChart = dynamic(() => import("./bar-list-chart").then((m) => m.BarListChart), { ssr: false, loading: () => <Skeleton className="h-40 w-full" /> });

type Match = AlertsBody["matches"][number];
type Delivery = AlertsBody["deliveries"][number];

const DELIVERY_TONE = { delivered: "success", failed: "danger", pending: "info", off: "neutral" } as const;

export function AlertsPage() {
  const query = useQuery(reportQueries.alerts());
  const [rule, setRule] = useQueryState("rule", parseAsString.withOptions({ history: "replace" }));
  const onSelect = useCallback((v: NamedValue) => void setRule(v.key), [setRule]);
  return (
    <>
      <PageHeader title="Alerts" description="Rules over new audit-log entries, evaluated after each sync. Each match is recorded once and sent to the webhook." />
      <QueryState query={query} loading={<Skeleton className="h-96 w-full" />} errorTitle="Alerts could not be loaded">
        {(body) => {
          const names = new Map(body.rules.map((r) => [r.id, r.name]));
          const perRule = [...new Set(body.matches.map((m) => m.rule_id))].map((id) => ({ key: id, label: names.get(id) ?? id, value: body.matches.filter((m) => m.rule_id === id).length }));
          const matches = rule ? body.matches.filter((m) => m.rule_id === rule) : body.matches;
          const matchColumns: DataColumn<Match>[] = [
            { id: "at", header: "Activity at", cell: (m) => formatDateTime(m.at) },
            { id: "rule", header: "Rule", cell: (m) => names.get(m.rule_id) ?? m.rule_id },
            { id: "summary", header: "What happened", cell: (m) => m.summary },
            {
              id: "delivery",
              header: "Delivery",
              cell: (m) => <Badge tone={DELIVERY_TONE[m.delivery as keyof typeof DELIVERY_TONE] ?? "neutral"}>{m.delivery === "off" ? "no webhook" : m.delivery}</Badge>,
            },
          ];
          const deliveryColumns: DataColumn<Delivery>[] = [
            { id: "at", header: "Attempted", cell: (d) => formatDateTime(d.at) },
            { id: "rule", header: "Rule", cell: (d) => names.get(d.rule_id) ?? d.rule_id },
            { id: "attempt", header: "Attempt", align: "right", cell: (d) => d.attempt },
            { id: "status", header: "Result", cell: (d) => (d.ok ? <Badge tone="success">HTTP {d.http_status}</Badge> : <Badge tone="danger">{d.error ?? "failed"}</Badge>) },
          ];
          return (
            <div className="space-y-4">
              <Freshness fresh={body} />
              <RulesCard body={body} />
              {perRule.length > 0 && (
                <Card>
                  <CardHeader title="Matches by rule" />
                  <div className="p-4">
                    <BarListChart points={perRule} label="Recent matches per rule" unit="matches" onSelect={onSelect} />
                  </div>
                </Card>
              )}
              <Card>
                <CardHeader
                  title={rule ? `Recent matches of ${names.get(rule) ?? rule} (${matches.length})` : `Recent matches (${matches.length})`}
                  actions={
                    <CsvButton
                      name="alert-matches"
                      header={["Activity at (UTC)", "Rule", "Entry id", "What happened", "Delivery"]}
                      rows={() => matches.map((m) => [new Date(m.at * 1000).toISOString(), names.get(m.rule_id) ?? m.rule_id, m.entry_id, m.summary, m.delivery])}
                    />
                  }
                />
                <div className="p-4">
                  {rule && (
                    <button type="button" className="mb-2 text-sm text-brand-700 underline" onClick={() => void setRule(null)}>
                      Show every rule
                    </button>
                  )}
                  <DataTable columns={matchColumns} rows={matches} rowKey={(m) => `${m.rule_id}:${m.entry_id}`} empty="No matches yet." dense caption="Alert matches" />
                </div>
              </Card>
              <Card>
                <CardHeader
                  title="Delivery attempts"
                  actions={
                    <CsvButton
                      name="alert-deliveries"
                      header={["Attempted (UTC)", "Rule", "Entry id", "Attempt", "OK", "HTTP status", "Error"]}
                      rows={() =>
                        body.deliveries.map((d) => [
                          new Date(d.at * 1000).toISOString(),
                          names.get(d.rule_id) ?? d.rule_id,
                          d.entry_id,
                          d.attempt,
                          d.ok ? "yes" : "no",
                          d.http_status ?? "",
                          d.error ?? "",
                        ])
                      }
                    />
                  }
                />
                <div className="p-4">
                  <DataTable
                    columns={deliveryColumns}
                    rows={body.deliveries}
                    rowKey={(d) => d.id}
                    empty={body.webhook ? "No deliveries yet." : "No webhook is set (LENS_ALERTS_WEBHOOK_URL), so matches are only listed here."}
                    dense
                    caption="Webhook delivery attempts"
                  />
                </div>
              </Card>
            </div>
          );
        }}
      </QueryState>
    </>
  );
}

function RulesCard({ body }: { body: AlertsBody }) {
  return (
    <Card>
      <CardHeader title="Rules" actions={body.file.path && <span className="text-xs text-muted-foreground">from {body.file.path}</span>} />
      <div className="p-4 text-sm">
        {body.file.status === "off" && <p>No rules file is set. Point LENS_ALERTS_FILE at a JSON rules file (the README has an example) and restart or wait for the next sync.</p>}
        {body.file.status === "invalid" && (
          <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-red-900">
            <p className="font-medium">The rules file has problems, so no rules are active. Everything else in Lens works as usual.</p>
            <ul className="mt-2 list-disc pl-5">
              {body.file.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </div>
        )}
        {body.file.status === "ok" && (
          <ul className="space-y-1">
            {body.rules.map((r) => (
              <li key={r.id}>
                <span className="font-medium">{r.name}</span> <span className="text-muted-foreground">({r.kind})</span>: {r.description}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
