import Papa from "papaparse";
import type { Company, DataAttribute } from "@/lib/intercom/types/customers";

/**
 * Companies as CSV: the standard attributes, tags and segments by name, then one column per custom
 * company attribute the workspace defines. Written in pieces (a header, then rows per page) so an
 * export streams; cells that a spreadsheet would run as a formula are escaped.
 */

const STANDARD = ["id", "company_id", "name", "plan", "size", "industry", "website", "monthly_spend", "user_count", "session_count", "created_at", "last_request_at", "tags", "segments"] as const;
const CUSTOM_PREFIX = "custom.";

const iso = (unix: number | null | undefined) => (unix ? new Date(unix * 1000).toISOString() : "");

/** The columns: standard ones, then `custom.<name>` for each custom company attribute (archived ones too: old companies still carry them). */
export function companyCsvColumns(attributes: readonly DataAttribute[]): string[] {
  const custom = attributes.filter((a) => a.custom && (a.model ?? "company") === "company" && a.name).map((a) => `${CUSTOM_PREFIX}${a.name}`);
  return [...STANDARD, ...[...new Set(custom)].sort()];
}

export function companyCsvHeader(columns: readonly string[]): string {
  return `${Papa.unparse([[...columns]], { escapeFormulae: true })}\r\n`;
}

/** One CSV line per company, each ending in CRLF; attributes outside `columns` are left out. */
export function companyCsvRows(companies: readonly Company[], columns: readonly string[]): string {
  if (companies.length === 0) return "";
  const data = companies.map((c) => columns.map((f) => cell(c, f)));
  return `${Papa.unparse(data, { escapeFormulae: true, header: false })}\r\n`;
}

function cell(c: Company, field: string): string | number | boolean {
  if (field.startsWith(CUSTOM_PREFIX)) {
    const v = c.custom_attributes?.[field.slice(CUSTOM_PREFIX.length)];
    return v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : v;
  }
  switch (field as (typeof STANDARD)[number]) {
    case "id":
      return c.id;
    case "company_id":
      return c.company_id ?? "";
    case "name":
      return c.name ?? "";
    case "plan":
      return c.plan && "name" in c.plan ? (c.plan.name ?? "") : "";
    case "size":
      return c.size ?? "";
    case "industry":
      return c.industry ?? "";
    case "website":
      return c.website ?? "";
    case "monthly_spend":
      return c.monthly_spend ?? "";
    case "user_count":
      return c.user_count ?? "";
    case "session_count":
      return c.session_count ?? "";
    case "created_at":
      return iso(c.created_at);
    case "last_request_at":
      return iso(c.last_request_at);
    case "tags":
      return (c.tags?.tags ?? []).map((t) => t.name ?? t.id).join("; ");
    case "segments":
      return (c.segments?.segments ?? []).map((s) => s.name ?? s.id).join("; ");
  }
}
