import type { Granularity } from "@/lib/audit/filter";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-11-20T14" → "20 Nov 14:00"; a week key reads "Week of 16 Nov". Keys are already zoned. */
export function periodLabel(key: string, granularity: Granularity, short: boolean): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}))?$/.exec(key);
  if (!m) return key;
  const day = `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]}`;
  if (granularity === "hour") return short ? `${m[4]}:00` : `${day} ${m[1]}, ${m[4]}:00–${m[4]}:59`;
  if (granularity === "week") return short ? day : `Week of ${day} ${m[1]}`;
  return short ? day : `${day} ${m[1]}`;
}
