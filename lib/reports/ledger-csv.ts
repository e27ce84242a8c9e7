import Papa from "papaparse";
import type { ConversationFact } from "./facts";

export interface NameMaps {
  teams: Record<string, string>;
  admins: Record<string, string>;
  tags: Record<string, string>;
}

export const LEDGER_CSV_HEADER = [
  "Conversation id",
  "Created (UTC)",
  "State",
  "Team",
  "Teammate",
  "Tags",
  "First teammate reply (s)",
  "First close (s)",
  "Last close (s)",
  "Median reply (s)",
  "Reopens",
  "Rating",
  "SLA",
  "SLA status",
];

const iso = (unix: number | null) => (unix === null ? "" : new Date(unix * 1000).toISOString());
const num = (n: number | null) => (n === null ? "" : String(n));

/**
 * Ledger rows as CSV lines (no header unless asked): timings in seconds so spreadsheets can sum
 * them; Papa Parse quotes and defuses formula-like cells.
 */
export function ledgerCsv(rows: readonly ConversationFact[], names: NameMaps, header: boolean): string {
  const data = rows.map((r) => [
    r.id,
    iso(r.created_at),
    r.state,
    r.team_id ? (names.teams[r.team_id] ?? r.team_id) : "",
    r.admin_id ? (names.admins[r.admin_id] ?? r.admin_id) : "",
    r.tag_ids.map((t) => names.tags[t] ?? t).join("; "),
    num(r.time_to_admin_reply),
    num(r.time_to_first_close),
    num(r.time_to_last_close),
    num(r.median_time_to_reply),
    String(r.count_reopens),
    num(r.rating),
    r.sla_name ?? "",
    r.sla_status ?? "",
  ]);
  const lines = header ? [LEDGER_CSV_HEADER, ...data] : data;
  // Chunks are concatenated, so each one ends with its own line break.
  return lines.length ? Papa.unparse(lines, { escapeFormulae: true, newline: "\r\n" }) + "\r\n" : "";
}
