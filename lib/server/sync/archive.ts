import "server-only";
import { createHash } from "node:crypto";
import type { Insertable, Kysely, Transaction } from "kysely";
import type { ActivityLog } from "@/lib/intercom/types/activity-logs";
import type { ActivityLogTable, StoreSchema } from "@/lib/server/store";

/**
 * The activity-log archive is append-only and tamper-evident: rows are chained in insertion order
 * (seq), each carrying the previous row's hash and sha256(prev_hash + canonical JSON of the entry).
 * Editing, removing or reordering a stored row breaks the chain at that row. Retention removes old
 * rows and records each removed stretch of seqs with the hash of its last row, so the row after a
 * stretch still links to it and the first remaining row anchors the chain.
 */

type Db = Kysely<StoreSchema> | Transaction<StoreSchema>;

export const GENESIS_HASH = "0".repeat(64);
const INSERT_CHUNK = 500;
const VERIFY_BATCH = 5_000;

/** JSON with object keys sorted at every level: the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export function chainHash(prevHash: string, entry: string): string {
  return createHash("sha256").update(prevHash).update(entry).digest("hex");
}

/** The searchable columns, derived from the entry alone (so verification can recompute them). */
function columnsOf(entry: ActivityLog): Omit<ActivityLogTable, "seq" | "entry" | "prev_hash" | "hash"> {
  const by = entry.performed_by ?? null;
  return {
    id: String(entry.id),
    created_at: Number(entry.created_at ?? 0),
    activity_type: entry.activity_type ?? "",
    admin_id: by?.id == null ? null : String(by.id),
    admin_email: by?.email ?? null,
    admin_ip: by?.ip ?? null,
    description: entry.activity_description ?? null,
    metadata: entry.metadata == null ? null : canonicalJson(entry.metadata),
  };
}

/**
 * Appends the entries not stored yet (entries are immutable, so a known id is skipped), chained
 * after the newest row. `alsoInTransaction` commits with them (the stream's resume point), so a
 * kill leaves either both or neither. Returns how many rows were added.
 */
export async function appendEntries(db: Kysely<StoreSchema>, entries: readonly ActivityLog[], alsoInTransaction?: (trx: Transaction<StoreSchema>, added: number) => Promise<void>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const unique = new Map<string, ActivityLog>();
    for (const e of entries) if (e && e.id != null && !unique.has(String(e.id))) unique.set(String(e.id), e);
    const ids = [...unique.keys()];
    const known = new Set<string>();
    for (let i = 0; i < ids.length; i += INSERT_CHUNK) {
      const rows = await trx
        .selectFrom("activity_log")
        .select("id")
        .where("id", "in", ids.slice(i, i + INSERT_CHUNK))
        .execute();
      for (const r of rows) known.add(r.id);
    }
    const head = await chainHead(trx);
    let seq = head.seq;
    let prev = head.hash;
    const rows: Insertable<ActivityLogTable>[] = [];
    for (const [id, e] of unique) {
      if (known.has(id)) continue;
      const entry = canonicalJson(e);
      const hash = chainHash(prev, entry);
      rows.push({ ...columnsOf(e), seq: ++seq, entry, prev_hash: prev, hash });
      prev = hash;
    }
    for (let i = 0; i < rows.length; i += INSERT_CHUNK)
      await trx
        .insertInto("activity_log")
        .values(rows.slice(i, i + INSERT_CHUNK))
        .execute();
    if (rows.length > 0) await writeChainMeta(trx, { ...(await readChainMeta(trx)), head: { seq, hash: prev } });
    await alsoInTransaction?.(trx, rows.length);
    return rows.length;
  });
}

/** The newest link: the recorded head, else the last row (archives written before the head was recorded). */
async function chainHead(db: Db): Promise<{ seq: number; hash: string }> {
  const meta = await readChainMeta(db);
  if (meta.head) return meta.head;
  const last = await db.selectFrom("activity_log").select(["seq", "hash"]).orderBy("seq", "desc").limit(1).executeTakeFirst();
  return last ? { seq: Number(last.seq), hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
}

/** A stretch of seqs retention removed, and the hash of its last row (the next row's prev_hash). */
export interface PrunedStretch {
  from: number;
  to: number;
  hash: string;
}

/**
 * What the chain's rows cannot say themselves: the newest link (so removing the newest rows shows)
 * and the stretches retention removed. Kept beside the streams' rows in sync_state; /sync lists only the streams.
 */
interface ChainMeta {
  head?: { seq: number; hash: string };
  pruned?: PrunedStretch[];
  cutoff?: number;
}

const META_KEY = "activity_log_chain";

async function readChainMeta(db: Db): Promise<ChainMeta> {
  const row = await db.selectFrom("sync_state").select("detail").where("stream", "=", META_KEY).executeTakeFirst();
  if (!row?.detail) return {};
  try {
    return JSON.parse(row.detail) as ChainMeta;
  } catch {
    return {};
  }
}

async function writeChainMeta(db: Db, meta: ChainMeta): Promise<void> {
  const detail = JSON.stringify(meta);
  const now = Math.floor(Date.now() / 1000);
  await db
    .insertInto("sync_state")
    .values({ stream: META_KEY, watermark: null, backfill_cursor: null, backfill_done: 1, last_run_at: now, last_success_at: now, last_error: null, rows_total: 0, detail })
    .onConflict((oc) => oc.column("stream").doUpdateSet({ detail, last_run_at: now, last_success_at: now }))
    .execute();
}

export interface BrokenLink {
  seq: number;
  id: string;
  reason: string;
}

export interface ArchiveVerification {
  ok: boolean;
  /** Rows checked, from the anchor on. */
  checked: number;
  /** Seq of the first remaining row, which anchors the chain (null when the archive is empty). */
  anchorSeq: number | null;
  firstBroken: BrokenLink | null;
  verifiedAt: number;
}

/** Walks the chain in seq order and reports the first row whose link, hash or columns do not hold. */
export async function verifyArchive(db: Db): Promise<ArchiveVerification> {
  let checked = 0;
  let anchorSeq: number | null = null;
  let prev: { seq: number; hash: string } | null = null;
  const meta = await readChainMeta(db);
  const pruned = new Map((meta.pruned ?? []).map((p) => [p.from, p]));
  const result = (firstBroken: BrokenLink | null): ArchiveVerification => ({ ok: firstBroken === null, checked, anchorSeq, firstBroken, verifiedAt: Math.floor(Date.now() / 1000) });
  for (;;) {
    let q = db.selectFrom("activity_log").selectAll().orderBy("seq").limit(VERIFY_BATCH);
    if (prev) q = q.where("seq", ">", prev.seq);
    const rows = await q.execute();
    for (const row of rows) {
      const seq = Number(row.seq);
      anchorSeq ??= seq;
      const broken = (reason: string) => result({ seq, id: row.id, reason });
      const expectedSeq: number = prev ? prev.seq + 1 : 1;
      let link: string = prev?.hash ?? GENESIS_HASH;
      if (seq !== expectedSeq) {
        // Only a stretch retention recorded may be missing.
        const stretch = pruned.get(expectedSeq);
        if (!stretch || stretch.to !== seq - 1) return broken(`row ${expectedSeq} is missing`);
        link = stretch.hash;
      }
      if (row.prev_hash !== link) return broken("its prev_hash is not the previous row's hash");
      if (chainHash(row.prev_hash, row.entry) !== row.hash) return broken("its hash does not match its entry");
      let parsed: ActivityLog;
      try {
        parsed = JSON.parse(row.entry) as ActivityLog;
      } catch {
        return broken("its entry is not valid JSON");
      }
      const expected = columnsOf(parsed);
      const changed = (Object.keys(expected) as (keyof typeof expected)[]).find((k) => (k === "created_at" ? Number(row[k]) : row[k]) !== expected[k]);
      if (changed) return broken(`its ${changed} differs from its entry`);
      checked++;
      prev = { seq, hash: row.hash };
    }
    if (rows.length < VERIFY_BATCH) break;
  }
  // The newest rows are gone if the chain ends before its recorded head and retention did not remove them.
  const end: { seq: number; hash: string } = prev ?? { seq: 0, hash: GENESIS_HASH };
  const head = meta.head;
  const prunedUpTo = Math.max(0, ...(meta.pruned ?? []).map((p) => p.to));
  if (head && head.seq > Math.max(end.seq, prunedUpTo)) return result({ seq: Math.max(end.seq, prunedUpTo) + 1, id: "", reason: `rows up to ${head.seq} are missing from the end of the archive` });
  if (head && prev && head.seq === end.seq && head.hash !== end.hash) return result({ seq: end.seq, id: "", reason: "the newest row is not the one recorded as the chain's head" });
  return result(null);
}

/**
 * Retention: removes entries older than the cutoff and records each removed stretch of seqs (merged
 * with stretches removed before), in the same transaction. Returns the rows removed.
 */
export async function pruneArchive(db: Kysely<StoreSchema>, keepDays: number, nowSeconds = Math.floor(Date.now() / 1000)): Promise<number> {
  const cutoff = nowSeconds - keepDays * 86_400;
  return db.transaction().execute(async (trx) => {
    const old = await trx.selectFrom("activity_log").select(["seq", "hash"]).where("created_at", "<", cutoff).orderBy("seq").execute();
    if (old.length === 0) return 0;
    const meta = await readChainMeta(trx);
    const stretches = meta.pruned ?? [];
    for (const row of old) {
      const seq = Number(row.seq);
      const last = stretches.at(-1);
      if (last && last.to === seq - 1) Object.assign(last, { to: seq, hash: row.hash });
      else stretches.push({ from: seq, to: seq, hash: row.hash });
    }
    stretches.sort((a, b) => a.from - b.from);
    // Stretches that now touch become one.
    const merged: PrunedStretch[] = [];
    for (const s of stretches) {
      const last = merged.at(-1);
      if (last && s.from <= last.to + 1) Object.assign(last, s.to > last.to ? { to: s.to, hash: s.hash } : {});
      else merged.push({ ...s });
    }
    await trx.deleteFrom("activity_log").where("created_at", "<", cutoff).execute();
    await writeChainMeta(trx, { ...meta, pruned: merged, cutoff });
    return old.length;
  });
}
