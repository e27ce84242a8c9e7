import { categoryLabel, typeLabel } from "./categories";
import type { AuditEntry } from "./query";

export interface CsvContext {
  timeZone: string;
  /** Teammate names by id; the log itself only carries emails. */
  names: ReadonlyMap<string, string>;
}

const HEADER = [
  "Time",
  "Time zone",
  "Time (UTC)",
  "Teammate",
  "Teammate email",
  "Teammate id",
  "Activity type",
  "Activity",
  "Category",
  "Description",
  "IP",
  "New IP sign-in",
  "Sensitive",
  "Metadata",
];

export function csvHeader(): string[] {
  return [...HEADER];
}

function localTime(unix: number, format: Intl.DateTimeFormat): string {
  return format.format(new Date(unix * 1000));
}

const formats = new Map<string, Intl.DateTimeFormat>();
function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("sv-SE", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
    formats.set(timeZone, format);
  }
  return format;
}

/** One entry as a CSV record (Papa Parse quotes it and, with `escapeFormulae`, defuses =, +, -, @). */
export function csvRecord(r: AuditEntry, ctx: CsvContext): string[] {
  return [
    localTime(r.at, formatFor(ctx.timeZone)),
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
  ];
}

export function auditCsvFileName(after: number, before: number): string {
  const day = (unix: number) => new Date(unix * 1000).toISOString().slice(0, 10);
  return `intercom-activity-${day(after)}-to-${day(before)}.csv`;
}
