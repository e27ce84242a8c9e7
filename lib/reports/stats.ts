/**
 * Percentiles by the nearest-rank method: the p-th percentile is the smallest value with at least
 * p% of the values at or below it. Every result is a value that occurred, which reads honestly for
 * durations ("half the conversations got a reply within 14 min").
 */
export function percentile(sortedAscending: readonly number[], p: number): number | null {
  const n = sortedAscending.length;
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * n));
  return sortedAscending[Math.min(rank, n) - 1]!;
}

export interface Spread {
  p50: number | null;
  p90: number | null;
  /** How many conversations had a value. */
  n: number;
}

/** p50 and p90 of the non-null values. */
export function spread(values: readonly (number | null)[]): Spread {
  const present = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  return { p50: percentile(present, 50), p90: percentile(present, 90), n: present.length };
}

export const DAY_SECONDS = 86_400;

/** Monday 00:00 UTC of the week holding `unix`, as yyyy-mm-dd. */
export function weekStart(unix: number): string {
  const days = Math.floor(unix / DAY_SECONDS);
  // 1970-01-01 was a Thursday: three days after a Monday.
  const sinceMonday = (((days + 3) % 7) + 7) % 7;
  return dayKey((days - sinceMonday) * DAY_SECONDS);
}

/** yyyy-mm-dd (UTC) of a unix time. */
export function dayKey(unix: number): string {
  return new Date(unix * 1000).toISOString().slice(0, 10);
}

/** Unix seconds of a yyyy-mm-dd (UTC) day's start. */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}
