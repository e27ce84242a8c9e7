import "server-only";
import { heatmapOf, periodBuckets, rankTeammates, rankTypes, type CellCount, type PeriodCount, type TeammateCount, type TypeCountRow } from "@/lib/audit/aggregate";
import type { Granularity } from "@/lib/audit/filter";
import type { AuditQuery, AuditSummary, RangePart } from "@/lib/audit/query";
import { zonedParts } from "@/lib/audit/zoned";

/** What one part of a range (stored or live) contributes to the summary; parts add up. */
export interface PartCounts {
  inRange: number;
  matching: number;
  sensitive: number;
  newIp: number;
  periods: PeriodCount[];
  teammates: TeammateCount[];
  types: TypeCountRow[];
  cells: CellCount[];
  typesInRange: string[];
  teammatesInRange: { id: string; email: string | null }[];
}

/** Where the sync stands for the activity log, as sync_state records it. */
export interface Coverage {
  /** Newest time fully synced. */
  watermark: number | null;
  /** Oldest time the backfill has reached. */
  backfillCursor: number | null;
  backfillDone: boolean;
}

/**
 * Cuts [after, before] into the part the store holds and the parts it does not (yet): newer than
 * the watermark, and older than the backfill has reached. Newest first, like the table.
 */
export function splitRange(after: number, before: number, c: Coverage | null): RangePart[] {
  if (!c || c.watermark === null) return [{ source: "live", after, before }];
  const storedFrom = c.backfillDone ? after : Math.max(after, c.backfillCursor ?? c.watermark);
  const storedTo = Math.min(before, c.watermark);
  if (storedFrom > storedTo) return [{ source: "live", after, before }];
  const parts: RangePart[] = [];
  if (before > storedTo) parts.push({ source: "live", after: storedTo + 1, before });
  parts.push({ source: "store", after: storedFrom, before: storedTo });
  if (after < storedFrom) parts.push({ source: "live", after, before: storedFrom - 1 });
  return parts;
}

/** A period key's span in local seconds, or null when the key is not a period of this granularity. */
export function periodBounds(key: string, granularity: Granularity): [number, number] | null {
  const hour = /^(\d{4}-\d{2}-\d{2})T(\d{2})$/.exec(key);
  if (granularity === "hour") {
    if (!hour) return null;
    const start = Date.parse(`${hour[1]}T${hour[2]}:00:00Z`) / 1000;
    return Number.isFinite(start) ? [start, start + 3_600] : null;
  }
  if (hour) return null;
  const start = Date.parse(`${key}T00:00:00Z`) / 1000;
  if (!Number.isFinite(start)) return null;
  if (granularity === "day") return [start, start + 86_400];
  // A week is keyed by its Monday.
  return new Date(start * 1000).getUTCDay() === 1 ? [start, start + 7 * 86_400] : null;
}

/** The table's position: the last entry shown, (created_at, id), newest first. */
export interface Keyset {
  at: number;
  id: string;
}

export function encodeCursor(k: Keyset): string {
  return Buffer.from(JSON.stringify([k.at, k.id])).toString("base64url");
}

export function decodeCursor(text: string): Keyset | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && Number.isInteger(value[0]) && typeof value[1] === "string") return { at: value[0] as number, id: value[1] };
  } catch {
    // Falls through: a cursor Lens did not write.
  }
  return null;
}

/** Is (at, id) before the keyset in the table's order (created_at desc, id desc)? */
export function afterKeyset(at: number, id: string, k: Keyset | null): boolean {
  return !k || at < k.at || (at === k.at && id < k.id);
}

export function summarise(q: AuditQuery, granularity: Granularity, parts: RangePart[], counts: PartCounts[]): AuditSummary {
  const sum = (pick: (c: PartCounts) => number) => counts.reduce((s, c) => s + pick(c), 0);
  const teammatesInRange = new Map<string, string | null>();
  for (const c of counts) for (const t of c.teammatesInRange) if (!teammatesInRange.has(t.id)) teammatesInRange.set(t.id, t.email);
  return {
    after: q.after,
    before: q.before,
    granularity,
    parts,
    inRange: sum((c) => c.inRange),
    matching: sum((c) => c.matching),
    sensitive: sum((c) => c.sensitive),
    newIp: sum((c) => c.newIp),
    periods: periodBuckets(
      counts.flatMap((c) => c.periods),
      granularity,
      q.after,
      q.before,
      zonedParts(q.timeZone),
    ),
    teammates: rankTeammates(
      counts.flatMap((c) => c.teammates),
      10,
    ),
    types: rankTypes(
      counts.flatMap((c) => c.types),
      12,
    ),
    heatmap: heatmapOf(counts.flatMap((c) => c.cells)),
    typesInRange: [...new Set(counts.flatMap((c) => c.typesInRange))].sort(),
    teammatesInRange: [...teammatesInRange].map(([id, email]) => ({ id, email })),
  };
}
