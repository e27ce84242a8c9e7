import "server-only";
import Papa from "papaparse";
import { csvHeader, csvRecord } from "@/lib/audit/csv";
import { granularityFor } from "@/lib/audit/filter";
import type { AuditEntriesPage, AuditEntry, AuditQuery, AuditSummary, RangePart } from "@/lib/audit/query";
import { buildPath } from "@/lib/intercom/match";
import type { AdminList } from "@/lib/intercom/types/admins";
import { callIntercom, parseBody } from "@/lib/server/intercom/client";
import type { Store } from "@/lib/server/store";
import { liveCounts, liveEntries, type LivePart } from "./live-part";
import { encodeCursor, splitRange, summarise, type Coverage, type Keyset, type PartCounts } from "./parts";
import { storeCounts, storeEntries } from "./store-part";
import type { PageFetcher } from "@/lib/audit/fetch-range";

/**
 * The audit log served from the store: the range is cut where the sync stands, the stored part is
 * filtered, counted and paged in SQL, and any part the sync has not reached is read live.
 */

export async function readCoverage(store: Store): Promise<Coverage | null> {
  const row = await store.db.selectFrom("sync_state").select(["watermark", "backfill_cursor", "backfill_done"]).where("stream", "=", "activity_logs").executeTakeFirst();
  if (!row) return null;
  return { watermark: row.watermark, backfillCursor: row.backfill_cursor, backfillDone: row.backfill_done === 1 };
}

export interface AuditSource {
  store: Store;
  /** Test seam for the live parts; callIntercom otherwise. */
  fetchPage?: PageFetcher;
}

function liveOf(src: AuditSource, q: AuditQuery, part: RangePart, parts: RangePart[]): LivePart {
  const stored = parts.find((p) => p.source === "store");
  // A live part newer than the stored one takes the stored part's IPs as its new-IP baseline.
  const newer = stored && part.after > stored.before;
  return { after: part.after, before: part.before, timeZone: q.timeZone, fetchPage: src.fetchPage, ...(newer ? { store: src.store, storedAfter: stored.after } : {}) };
}

export async function auditSummary(src: AuditSource, q: AuditQuery): Promise<AuditSummary> {
  const granularity = granularityFor(q.after, q.before);
  const parts = splitRange(q.after, q.before, await readCoverage(src.store));
  const counts: PartCounts[] = await Promise.all(
    parts.map((p) =>
      p.source === "store"
        ? storeCounts({ store: src.store, after: p.after, before: p.before, timeZone: q.timeZone }, q.filters, granularity)
        : liveCounts(liveOf(src, q, p, parts), q.filters, granularity),
    ),
  );
  return summarise(q, granularity, parts, counts);
}

export const PAGE_SIZE = 100;

/** One page of matching entries, newest first, continuing after `cursor` across stored and live parts. */
export async function auditEntries(src: AuditSource, q: AuditQuery, cursor: Keyset | null, limit = PAGE_SIZE): Promise<AuditEntriesPage> {
  const granularity = granularityFor(q.after, q.before);
  const parts = splitRange(q.after, q.before, await readCoverage(src.store));
  const entries: AuditEntry[] = [];
  for (const p of parts) {
    if (cursor && cursor.at < p.after) continue;
    const want = limit - entries.length;
    const found =
      p.source === "store"
        ? await storeEntries({ store: src.store, after: p.after, before: p.before, timeZone: q.timeZone }, q.filters, granularity, cursor, want)
        : await liveEntries(liveOf(src, q, p, parts), q.filters, granularity, cursor, want);
    entries.push(...found);
    if (entries.length >= limit) break;
  }
  const last = entries.at(-1);
  return { entries, next: entries.length >= limit && last ? encodeCursor({ at: last.at, id: last.id }) : null };
}

/** Teammate names for the export: the synced snapshot, or Intercom's list before the first sync. */
async function teammateNames(store: Store): Promise<Map<string, string>> {
  const rows = await store.db.selectFrom("admins").select(["id", "name"]).execute();
  if (rows.length > 0) return new Map(rows.map((r) => [r.id, r.name]));
  const res = await callIntercom({ path: buildPath("admins.list") });
  const admins = res.status === 200 ? (parseBody<AdminList>(res).admins ?? []) : [];
  return new Map(admins.map((a) => [a.id, a.name ?? a.email ?? a.id]));
}

const EXPORT_PAGE = 2_000;

/**
 * Every matching entry as CSV, read a page at a time as the client takes it: memory stays at one
 * page however long the range. Papa Parse quotes and defuses formulas, as the page's export did.
 */
export async function auditCsvStream(src: AuditSource, q: AuditQuery): Promise<ReadableStream<Uint8Array>> {
  const names = await teammateNames(src.store);
  const encoder = new TextEncoder();
  const ctx = { timeZone: q.timeZone, names };
  let cursor: Keyset | null = null;
  let started = false;
  let done = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        // The byte-order mark makes Excel read the file as UTF-8 (names, emoji).
        controller.enqueue(encoder.encode(`\ufeff${Papa.unparse([csvHeader()], { newline: "\r\n" })}\r\n`));
        return;
      }
      if (done) return controller.close();
      const page = await auditEntries(src, q, cursor, EXPORT_PAGE);
      if (page.entries.length > 0) {
        controller.enqueue(
          encoder.encode(
            `${Papa.unparse(
              page.entries.map((e) => csvRecord(e, ctx)),
              { escapeFormulae: true, newline: "\r\n" },
            )}\r\n`,
          ),
        );
      }
      const last = page.entries.at(-1);
      if (!page.next || !last) done = true;
      else cursor = { at: last.at, id: last.id };
    },
  });
}
