import { addDays, startOfZonedDay, zonedParts } from "./zoned";

/** The audit explorer's date range: presets, a custom range, and what to say when the URL is wrong. */

export const PRESETS = [
  { id: "24h", label: "24 h", seconds: 86_400 },
  { id: "7d", label: "7 d", seconds: 7 * 86_400 },
  { id: "30d", label: "30 d", seconds: 30 * 86_400 },
  { id: "90d", label: "90 d", seconds: 90 * 86_400 },
  { id: "1y", label: "1 y", seconds: 365 * 86_400 },
] as const;

export type PresetId = (typeof PRESETS)[number]["id"];
export type RangeId = PresetId | "custom";

export const DEFAULT_PRESET: PresetId = "7d";
/** Lens reads at most a year per view, like Intercom's own activity-log screen. */
export const MAX_SPAN_SECONDS = 366 * 86_400;

export interface RangeInput {
  range: string | null;
  from: string | null;
  to: string | null;
}

export interface ResolvedRange {
  id: RangeId;
  after: number;
  before: number;
  /** The custom range's days as shown in the date inputs (yyyy-mm-dd, in the zone). */
  fromDay: string;
  toDay: string;
  /** What was wrong with the requested range and what Lens shows instead. */
  notices: string[];
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function preset(id: PresetId, now: number, timeZone: string, notices: string[]): ResolvedRange {
  const seconds = PRESETS.find((p) => p.id === id)!.seconds;
  const day = zonedParts(timeZone);
  return { id, after: now - seconds, before: now, fromDay: day(now - seconds).day, toDay: day(now).day, notices };
}

function fallback(notices: string[], now: number, timeZone: string): ResolvedRange {
  return preset(DEFAULT_PRESET, now, timeZone, notices);
}

/**
 * Turns the URL's range into UNIX bounds. Nothing the URL says can produce a blank page: a bad value
 * gets a notice and a sane range (the last 7 days, or the requested range clamped).
 */
export function resolveRange(input: RangeInput, now: number, timeZone: string, historyStart?: number | null): ResolvedRange {
  const notices: string[] = [];
  const wantsCustom = input.range === "custom" || (!input.range && (input.from || input.to));
  if (!wantsCustom) {
    const known = PRESETS.find((p) => p.id === input.range);
    if (input.range && !known) notices.push(`“${input.range}” is not a range Lens knows; showing the last 7 days.`);
    return preset(known?.id ?? DEFAULT_PRESET, now, timeZone, notices);
  }

  const today = zonedParts(timeZone)(now).day;
  if (!input.from) return fallback(["A custom range needs a start date; showing the last 7 days."], now, timeZone);
  for (const [label, value] of [
    ["start", input.from],
    ["end", input.to],
  ] as const) {
    if (value && !isValidDay(value)) return fallback([`The ${label} date “${value}” is not a date (expected YYYY-MM-DD); showing the last 7 days.`], now, timeZone);
  }
  let fromDay = input.from;
  let toDay = input.to ?? today;
  if (fromDay > toDay) {
    [fromDay, toDay] = [toDay, fromDay];
    notices.push("The start date was after the end date, so Lens swapped them.");
  }
  if (fromDay > today) return fallback(["That range is entirely in the future; showing the last 7 days."], now, timeZone);
  if (toDay > today) {
    notices.push("The range ended in the future; it now ends today.");
    toDay = today;
  }
  let after = startOfZonedDay(fromDay, timeZone);
  const before = Math.min(now, startOfZonedDay(addDays(toDay, 1), timeZone) - 1);
  if (before - after > MAX_SPAN_SECONDS) {
    after = before - MAX_SPAN_SECONDS;
    fromDay = zonedParts(timeZone)(after).day;
    notices.push("Lens shows at most a year at a time; the range now starts a year before its end.");
  }
  if (historyStart && after < historyStart) {
    if (before < historyStart) return fallback(["That range ends before this workspace's activity log begins; showing the last 7 days."], now, timeZone);
    after = historyStart;
    fromDay = zonedParts(timeZone)(after).day;
    notices.push(`This workspace's activity log begins on ${fromDay}; the range starts there.`);
  }
  return { id: "custom", after, before, fromDay, toDay, notices };
}
