import Papa from "papaparse";
import type { Company } from "@/lib/intercom/types/customers";

/**
 * Companies as CSV: the standard attributes, tags and segments by name, then one column per custom
 * attribute seen. Cells that a spreadsheet would run as a formula are escaped.
 */

const iso = (unix: number | null | undefined) => (unix ? new Date(unix * 1000).toISOString() : "");

export function companiesToCsv(companies: Company[]): string {
  const customKeys = [...new Set(companies.flatMap((c) => Object.keys(c.custom_attributes ?? {})))].sort();
  const rows = companies.map((c) => {
    const row: Record<string, string | number | boolean | null> = {
      id: c.id,
      company_id: c.company_id ?? "",
      name: c.name ?? "",
      plan: c.plan && "name" in c.plan ? (c.plan.name ?? "") : "",
      size: c.size ?? "",
      industry: c.industry ?? "",
      website: c.website ?? "",
      monthly_spend: c.monthly_spend ?? "",
      user_count: c.user_count ?? "",
      session_count: c.session_count ?? "",
      created_at: iso(c.created_at),
      last_request_at: iso(c.last_request_at),
      tags: (c.tags?.tags ?? []).map((t) => t.name ?? t.id).join("; "),
      segments: (c.segments?.segments ?? []).map((s) => s.name ?? s.id).join("; "),
    };
    for (const key of customKeys) {
      const v = c.custom_attributes?.[key];
      row[`custom.${key}`] = v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : v;
    }
    return row;
  });
  const fields = ["id", "company_id", "name", "plan", "size", "industry", "website", "monthly_spend", "user_count", "session_count", "created_at", "last_request_at", "tags", "segments", ...customKeys.map((k) => `custom.${k}`)];
  return Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? "")) }, { escapeFormulae: true });
}
