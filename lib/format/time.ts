import { formatDistanceStrict } from "date-fns";

/** Human-readable times for UNIX-second timestamps. Null-tolerant: Intercom leaves many dates null. */

export const DASH = "—";

// Building an Intl formatter costs far more than using one, and long tables format thousands of cells: build each once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(withTime: boolean, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${withTime}|${timeZone ?? ""}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", withTime ? { dateStyle: "medium", timeStyle: "short", timeZone } : { dateStyle: "medium", timeZone });
    dateFormats.set(key, format);
  }
  return format;
}
const numberFormat = new Intl.NumberFormat("en-GB");

export function formatDateTime(unix: number | null | undefined, timeZone?: string): string {
  if (unix === null || unix === undefined || !Number.isFinite(unix) || unix <= 0) return DASH;
  return dateFormat(true, timeZone).format(new Date(unix * 1000));
}

export function formatDate(unix: number | null | undefined, timeZone?: string): string {
  if (unix === null || unix === undefined || !Number.isFinite(unix) || unix <= 0) return DASH;
  return dateFormat(false, timeZone).format(new Date(unix * 1000));
}

export function formatRelative(unix: number | null | undefined, now = Date.now()): string {
  if (unix === null || unix === undefined || !Number.isFinite(unix) || unix <= 0) return DASH;
  const distance = formatDistanceStrict(new Date(unix * 1000), new Date(now));
  return unix * 1000 <= now ? `${distance} ago` : `in ${distance}`;
}

/** 3725 → "1 h 2 min"; 45 → "45 s". For response and handling times. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return DASH;
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3_600);
  const m = Math.floor((s % 3_600) / 60);
  if (d > 0) return h ? `${d} d ${h} h` : `${d} d`;
  if (h > 0) return m ? `${h} h ${m} min` : `${h} h`;
  return `${m} min`;
}

export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined || !Number.isFinite(n) ? DASH : numberFormat.format(n);
}
