/**
 * Calendar parts of UNIX timestamps in an IANA time zone. Intl is slow per call, so the zone's UTC
 * offset is computed once per hour and reused: 50,000 entries cost a few hundred Intl calls.
 */

export interface ZonedParts {
  /** yyyy-mm-dd in the zone. */
  day: string;
  /** 0-23 */
  hour: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
}

export type Zoned = (unix: number) => ZonedParts;

function offsetFinder(timeZone: string): (unix: number) => number {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" });
  } catch {
    format = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" });
  }
  const cache = new Map<number, number>();
  return (unix) => {
    const hourKey = Math.floor(unix / 3600);
    const cached = cache.get(hourKey);
    if (cached !== undefined) return cached;
    const p: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(hourKey * 3600 * 1000))) if (part.type !== "literal") p[part.type] = Number(part.value);
    const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!) / 1000;
    const offset = asUtc - hourKey * 3600;
    cache.set(hourKey, offset);
    return offset;
  };
}

/** A validated IANA zone name, or UTC when the name is unknown to this browser. */
export function safeTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return "UTC";
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

export function zonedParts(timeZone: string): Zoned {
  const offsetOf = offsetFinder(timeZone);
  // Every entry in the same local hour has the same parts: build them once per hour, not per entry.
  const byLocalHour = new Map<number, ZonedParts>();
  // Logs arrive sorted, so consecutive entries usually share a quarter hour (every zone's offset is a
  // multiple of 15 minutes, so the local hour cannot change inside one): skip the lookups then.
  let lastQuarter = NaN;
  let lastParts: ZonedParts | undefined;
  return (unix) => {
    const quarter = Math.floor(unix / 900);
    if (quarter === lastQuarter && lastParts) return lastParts;
    const localHour = Math.floor((unix + offsetOf(unix)) / 3600);
    let parts = byLocalHour.get(localHour);
    if (!parts) {
      const local = new Date(localHour * 3600 * 1000);
      parts = { day: local.toISOString().slice(0, 10), hour: local.getUTCHours(), weekday: (local.getUTCDay() + 6) % 7 };
      byLocalHour.set(localHour, parts);
    }
    lastQuarter = quarter;
    lastParts = parts;
    return parts;
  };
}

/** UNIX seconds of 00:00 on `day` (yyyy-mm-dd) in the zone. */
export function startOfZonedDay(day: string, timeZone: string): number {
  const offsetOf = offsetFinder(timeZone);
  const naive = Date.parse(`${day}T00:00:00Z`) / 1000;
  // Two passes settle the offset around a daylight-saving change.
  let guess = naive - offsetOf(naive);
  guess = naive - offsetOf(guess);
  return guess;
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A stretch of time with one UTC offset: from the previous segment's end up to `until` (exclusive). */
export interface OffsetSegment {
  /** UNIX seconds the offset stops applying; null for the last segment. */
  until: number | null;
  offset: number;
}

/**
 * The zone's UTC offsets across [after, before], so a database without time zones (SQLite) can
 * shift UNIX times to local ones with a CASE. Offsets are read per UTC hour, as zonedParts reads
 * them; days are sampled and a change is narrowed to its hour.
 */
export function offsetSegments(timeZone: string, after: number, before: number): OffsetSegment[] {
  const offsetOf = offsetFinder(timeZone);
  const at = (hour: number) => offsetOf(hour * 3600);
  const segments: OffsetSegment[] = [];
  const last = Math.floor(before / 3600);
  let hour = Math.floor(after / 3600);
  let current = at(hour);
  while (hour < last) {
    const next = Math.min(last, hour + 24);
    if (at(next) === current) {
      hour = next;
      continue;
    }
    let lo = hour;
    let hi = next;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (at(mid) === current) lo = mid;
      else hi = mid;
    }
    segments.push({ until: hi * 3600, offset: current });
    current = at(hi);
    hour = hi;
  }
  segments.push({ until: null, offset: current });
  return segments;
}
