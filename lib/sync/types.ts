/** What `GET /api/sync` answers: the state of each sync stream and of the archive's hash chain. */

export type SyncStreamName = "activity_logs" | "conversations" | "articles" | "admins";

export interface SyncStreamStatus {
  stream: SyncStreamName;
  lastRunAt: number | null;
  lastSuccessAt: number | null;
  /** Newest time fully synced. */
  watermark: number | null;
  /** Oldest time the backfill has reached (activity logs). */
  backfillCursor: number | null;
  backfillDone: boolean;
  rows: number;
  lastError: string | null;
  running: boolean;
}

export interface ArchiveStatus {
  ok: boolean;
  checked: number;
  anchorSeq: number | null;
  firstBroken: { seq: number; id: string; reason: string } | null;
  verifiedAt: number;
}

export interface SyncStatus {
  store: string;
  /** False when LENS_SYNC=off: this instance does not sync on a schedule. */
  scheduled: boolean;
  share: number;
  archiveDays: number | null;
  streams: SyncStreamStatus[];
  archive: ArchiveStatus;
}
