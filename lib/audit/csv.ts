import Papa from "papaparse";
import { categoryLabel, typeLabel } from "./categories";
import type { AuditRow } from "./rows";

export interface CsvContext {
  timeZone: string;
  /** Teammate names by id; the log itself only carries emails. */
  names: ReadonlyMap<string, string>;
}

const HEADER = ["Time", "Time zone", "Time (UTC)", "Teammate", "Teammate email", "Teammate id", "Activity type", "Activity", "Category", "Description", "IP", "New IP sign-in", "Sensitive", "Metadata"];

function localTime(unix: number, timeZone: string): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }).format(new Date(unix * 1000));
}

/**
 * Every row as CSV. Papa Parse quotes fields with commas, quotes or line breaks, and
 * `escapeFormulae` defuses cells a spreadsheet would run as a formula (=, +, -, @).
 */
export function auditCsv(rows: readonly AuditRow[], ctx: CsvContext): string {
  const data = rows.map((r) => [
    localTime(r.at, ctx.timeZone),
    ctx.timeZone,
    new Date(r.at * 1000).toISOString(),
    (r.adminId && ctx.names.get(r.adminId)) ?? "",
    r.email ?? "",
    r.adminId ?? "",
    r.type,
    typeLabel(r.type),
    categoryLabel(r.category),
    r.description,
    r.ip ?? "",
    r.newIp ? "yes" : "no",
    r.sensitive ? "yes" : "no",
    r.metadata ? JSON.stringify(r.metadata) : "",
  ]);
  return Papa.unparse({ fields: HEADER, data }, { escapeFormulae: true, newline: "\r\n" });
}

export function auditCsvFileName(after: number, before: number): string {
  const day = (unix: number) => new Date(unix * 1000).toISOString().slice(0, 10);
  return `intercom-activity-${day(after)}-to-${day(before)}.csv`;
}
