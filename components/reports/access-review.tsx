"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { parseAsBoolean, parseAsString, useQueryStates } from "nuqs";
import { Fragment, useCallback } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { QueryState } from "@/components/ui/query-state";
import { Skeleton } from "@/components/ui/skeleton";
import { clientOnly } from "@/components/ui/client-only";
import { DASH, formatDateTime } from "@/lib/format/time";
import { DEFAULT_DORMANT_DAYS, type AccessRow } from "@/lib/reports/access-review";
import { reportQueries } from "@/lib/queries/reports";
import { dormantDays, dormantParam } from "@/lib/reports/report-params";
import { CsvButton } from "./csv-button";
import { BarListChart as DrawBarListChart, type NamedValue } from "./bar-list-chart";
import { Freshness } from "./freshness";

const BarListChart = clientOnly(DrawBarListChart, () => <Skeleton className="h-64 w-full" />);

const iso = (unix: number | null) => (unix === null ? "" : new Date(unix * 1000).toISOString());

/** One row per teammate, made for an auditor: who, what access, when last seen, and every change to it. */
function auditCsvRows(rows: AccessRow[], teams: Record<string, string>, dormantDays: number) {
  return rows.map((r) => [
    r.name,
    r.email,
    r.id,
    r.team_ids.map((t) => teams[t] ?? t).join("; "),
    r.has_inbox_seat ? "yes" : "no",
    iso(r.lastSignIn),
    iso(r.lastActivity),
    r.daysSinceSignIn ?? "",
    r.dormant ? `yes (no sign-in in ${dormantDays} days)` : "no",
    r.changes.length,
    r.changes.filter((c) => c.byOther).length,
    r.changes.map((c) => `${iso(c.at)} ${c.kind} by ${c.byEmail ?? c.byId ?? "unknown"}: ${c.description}`).join(" | "),
  ]);
}

const CSV_HEADER = [
  "Teammate",
  "Email",
  "Teammate id",
  "Teams",
  "Inbox seat",
  "Last sign-in (UTC)",
  "Last activity (UTC)",
  "Days since sign-in",
  "Dormant",
  "Access changes",
  "Changes by someone else",
  "Change history",
];

export function AccessReview() {
  const [p, setP] = useQueryStates({ dormant: dormantParam, flagged: parseAsBoolean.withDefault(false), teammate: parseAsString }, { history: "replace" });
  const onSelect = useCallback((v: NamedValue) => void setP({ teammate: v.key }), [setP]);
  const days = dormantDays(p.dormant);
  const query = useQuery(reportQueries.access(days));
  return (
    <>
      <PageHeader
        title="Access review"
        description="Every teammate with their teams, inbox seat, last sign-in and activity from the archived audit log, and each permission, role, seat and two-factor change."
      />
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <Field label="Dormant after (days without sign-in)" htmlFor="dormant-days">
          <Input id="dormant-days" type="number" min={1} max={3650} value={days} onChange={(e) => void setP({ dormant: Number(e.target.value) || DEFAULT_DORMANT_DAYS })} className="w-28" />
        </Field>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" checked={p.flagged} onChange={(e) => void setP({ flagged: e.target.checked || null })} />
          Flagged only
        </label>
      </div>
      <QueryState query={query} loading={<Skeleton className="h-96 w-full" />} errorTitle="The access review could not be loaded">
        {(body) => {
          const flagged = p.flagged ? body.rows.filter((r) => r.dormant || r.changes.some((c) => c.byOther)) : body.rows;
          const rows = p.teammate ? flagged.filter((r) => r.id === p.teammate) : flagged;
          // Longest absence first; no sign-in on record counts as the whole archive.
          const absence = [...body.rows]
            .map((r) => ({ key: r.id, label: r.name, value: r.daysSinceSignIn ?? 9_999 }))
            .sort((a, b) => b.value - a.value)
            .map((v) => (v.value === 9_999 ? { ...v, value: 0, label: `${v.label} (never)` } : v));
          return (
            <div className="space-y-4">
              <Freshness fresh={body} />
              <Card>
                <CardHeader title="Days since last sign-in" />
                <div className="p-4">
                  <BarListChart points={absence} label="Days since each teammate's last sign-in" unit="days" onSelect={onSelect} />
                  <p className="mt-2 text-xs text-muted-foreground">Select a bar (or Tab to it and press Enter) to show only that teammate.</p>
                </div>
              </Card>
              {p.teammate && (
                <p className="text-sm">
                  Showing one teammate.{" "}
                  <button type="button" className="text-brand-700 underline" onClick={() => void setP({ teammate: null })}>
                    Show everyone
                  </button>
                </p>
              )}
              <Card>
                <CardHeader
                  title={`${rows.length} teammates, ${body.rows.filter((r) => r.dormant).length} dormant`}
                  actions={<CsvButton name="access-review" label="Download audit CSV" header={CSV_HEADER} rows={() => auditCsvRows(rows, body.teams, body.dormantDays)} />}
                />
                <div className="overflow-x-auto">
                  <table className="w-full text-left text-sm">
                    <caption className="sr-only">Teammates and their access</caption>
                    <thead className="border-b border-border bg-muted text-xs font-medium text-muted-foreground">
                      <tr>
                        {["Teammate", "Teams", "Inbox seat", "Last sign-in", "Last activity", "Days since", "Flags"].map((h) => (
                          <th key={h} scope="col" className="px-3 py-2 font-medium">
                            {h}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((r) => (
                        <Fragment key={r.id}>
                          <tr className="border-b border-border" data-testid="access-row" data-dormant={r.dormant ? "yes" : "no"}>
                            <td className="px-3 py-2">
                              <Link href={`/admins/${encodeURIComponent(r.id)}`} className="text-brand-700 hover:underline">
                                {r.name}
                              </Link>
                              <div className="text-xs text-muted-foreground">{r.email}</div>
                            </td>
                            <td className="px-3 py-2">{r.team_ids.map((t) => body.teams[t] ?? t).join(", ") || DASH}</td>
                            <td className="px-3 py-2">{r.has_inbox_seat ? "Yes" : "No"}</td>
                            <td className="px-3 py-2 tabular-nums">{formatDateTime(r.lastSignIn)}</td>
                            <td className="px-3 py-2 tabular-nums">{formatDateTime(r.lastActivity)}</td>
                            <td className="px-3 py-2 tabular-nums">{r.daysSinceSignIn ?? DASH}</td>
                            <td className="space-x-1 px-3 py-2">
                              {r.dormant && <Badge tone="warning">Dormant</Badge>}
                              {r.changes.some((c) => c.byOther) && <Badge tone="info">Changed by others</Badge>}
                            </td>
                          </tr>
                          {r.changes.length > 0 && (
                            <tr className="border-b border-border bg-muted/40">
                              <td colSpan={7} className="px-3 py-2">
                                <details>
                                  <summary className="cursor-pointer text-xs text-muted-foreground">{r.changes.length} access changes</summary>
                                  <ul className="mt-2 space-y-1 text-xs">
                                    {r.changes.map((c) => (
                                      <li key={c.id}>
                                        <span className="tabular-nums">{formatDateTime(c.at)}</span> · <Badge tone={c.byOther ? "info" : "neutral"}>{c.kind}</Badge> {c.description}
                                        {c.byOther && <span className="text-muted-foreground"> (by {c.byEmail ?? c.byId ?? "someone else"})</span>}
                                      </li>
                                    ))}
                                  </ul>
                                </details>
                              </td>
                            </tr>
                          )}
                        </Fragment>
                      ))}
                    </tbody>
                  </table>
                </div>
              </Card>
            </div>
          );
        }}
      </QueryState>
    </>
  );
}
