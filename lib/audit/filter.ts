import type { CategoryId } from "./categories";
import { addDays } from "./zoned";
import type { AuditRow } from "./rows";

/** How the events-over-time chart buckets a range: hours for a day, days up to a quarter, weeks beyond. */
export type Granularity = "hour" | "day" | "week";

export function granularityFor(after: number, before: number): Granularity {
  const days = (before - after) / 86_400;
  return days <= 2 ? "hour" : days <= 120 ? "day" : "week";
}

export function periodKey(row: Pick<AuditRow, "day" | "hour" | "weekday">, granularity: Granularity): string {
  if (granularity === "hour") return `${row.day}T${String(row.hour).padStart(2, "0")}`;
  if (granularity === "week") return addDays(row.day, -row.weekday);
  return row.day;
}

export interface HeatCell {
  weekday: number;
  hour: number;
}

export interface AuditFilters {
  teammate: string | null;
  category: CategoryId | null;
  type: string | null;
  ip: string | null;
  text: string | null;
  sensitive: boolean;
  /** Only sign-ins from an IP the teammate had not used earlier in the range. */
  newIp: boolean;
  period: string | null;
  cell: HeatCell | null;
}

export const NO_FILTERS: AuditFilters = { teammate: null, category: null, type: null, ip: null, text: null, sensitive: false, newIp: false, period: null, cell: null };

/** A chart ignores its own selection, so the selected bar stays beside the others (cross-filtering). */
export type Dimension = "teammate" | "category" | "type" | "period" | "cell";

export function filterRows(rows: readonly AuditRow[], f: AuditFilters, granularity: Granularity, except: readonly Dimension[] = []): AuditRow[] {
  const skip = new Set(except);
  const text = f.text?.trim().toLowerCase() || null;
  const ip = f.ip?.trim() || null;
  const teammate = skip.has("teammate") ? null : f.teammate;
  const category = skip.has("category") ? null : f.category;
  const type = skip.has("type") ? null : f.type;
  const period = skip.has("period") ? null : f.period;
  const cell = skip.has("cell") ? null : f.cell;
  return rows.filter(
    (r) =>
      (!teammate || r.adminId === teammate) &&
      (!category || r.category === category) &&
      (!type || r.type === type) &&
      (!ip || (r.ip ?? "").startsWith(ip)) &&
      (!text || r.description.toLowerCase().includes(text)) &&
      (!f.sensitive || r.sensitive) &&
      (!f.newIp || r.newIp) &&
      (!period || periodKey(r, granularity) === period) &&
      (!cell || (r.weekday === cell.weekday && r.hour === cell.hour)),
  );
}

/** "3-14" → Thursday 14:00; null for anything else. */
export function parseCell(value: string | null | undefined): HeatCell | null {
  const m = /^([0-6])-([01]?\d|2[0-3])$/.exec(value ?? "");
  return m ? { weekday: Number(m[1]), hour: Number(m[2]) } : null;
}

export function formatCell(cell: HeatCell): string {
  return `${cell.weekday}-${cell.hour}`;
}
