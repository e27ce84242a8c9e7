import { DASH, formatDateTime, formatDuration } from "@/lib/format/time";
import type { ConversationStatistics } from "@/lib/intercom/types/conversations";

/** 1_203_554 → "1.1 MB"; sizes as a person reads them. */
export function formatFileSize(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return DASH;
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

export interface StatisticRow {
  key: string;
  label: string;
  value: string;
  /** When it happened, for the tooltip. */
  detail?: string;
}

function count(n: number | null | undefined, one: string, many: string): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return DASH;
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The statistics a lead scans first, as durations ("1 h 2 min") and counts. Intercom returns
 * seconds and UNIX times; missing or null values read as a dash.
 */
export function statisticsRows(stats: ConversationStatistics | null | undefined, timeZone?: string): StatisticRow[] {
  const s = stats ?? {};
  const at = (unix: number | null | undefined) => (unix ? formatDateTime(unix, timeZone) : undefined);
  return [
    { key: "time_to_assignment", label: "Time to assignment", value: formatDuration(s.time_to_assignment), detail: at(s.first_assignment_at) },
    { key: "time_to_admin_reply", label: "Time to first reply", value: formatDuration(s.time_to_admin_reply), detail: at(s.first_admin_reply_at) },
    { key: "time_to_first_close", label: "Time to first close", value: formatDuration(s.time_to_first_close), detail: at(s.first_close_at) },
    { key: "time_to_last_close", label: "Time to last close", value: formatDuration(s.time_to_last_close), detail: at(s.last_close_at) },
    { key: "median_time_to_reply", label: "Median reply time", value: formatDuration(s.median_time_to_reply) },
    { key: "count_reopens", label: "Reopened", value: count(s.count_reopens, "time", "times") },
    { key: "count_assignments", label: "Assignments", value: count(s.count_assignments, "assignment", "assignments") },
    { key: "count_conversation_parts", label: "Parts", value: count(s.count_conversation_parts, "part", "parts") },
  ];
}
