import { describe, expect, it } from "vitest";
import { dueStreams, INTERVALS_S } from "./scheduler";
import type { SyncStateRow } from "./state";

const NOW = 1_795_400_000; // 2026-11-23 02:13 UTC
const base = { watermark: null, backfill_cursor: null, backfill_done: 1, last_error: null, rows_total: 0, detail: null };
const ran = (stream: SyncStateRow["stream"], agoSeconds: number, extra: Partial<SyncStateRow> = {}): SyncStateRow => ({
  ...base,
  stream,
  last_run_at: NOW - agoSeconds,
  last_success_at: NOW - agoSeconds,
  ...extra,
});

describe("the sync's schedule", () => {
  it("runs every stream that never ran", () => {
    const never = (["admins", "activity_logs", "conversations", "articles"] as const).map((stream) => ({ ...base, stream, last_run_at: null, last_success_at: null }));
    expect(dueStreams(never, NOW)).toEqual(["admins", "activity_logs", "conversations", "articles"]);
  });

  it("runs a stream again after its interval, and keeps an unfinished backfill going", () => {
    expect(dueStreams([ran("activity_logs", INTERVALS_S.activity_logs - 1), ran("conversations", INTERVALS_S.conversations + 1), ran("admins", 60)], NOW)).toEqual(["conversations"]);
    expect(dueStreams([ran("activity_logs", 10, { backfill_done: 0 })], NOW)).toEqual(["activity_logs"]);
  });

  it("takes one article snapshot per UTC day", () => {
    const todayStart = NOW - (NOW % 86_400);
    expect(dueStreams([ran("articles", NOW - todayStart - 1)], NOW)).toEqual([]);
    expect(dueStreams([ran("articles", NOW - todayStart + 1)], NOW)).toEqual(["articles"]);
  });

  it("waits a minute before retrying a stream that failed", () => {
    expect(dueStreams([ran("admins", 30, { last_error: "Intercom answered 500" })], NOW)).toEqual([]);
    expect(dueStreams([ran("admins", 61, { last_error: "Intercom answered 500", last_success_at: NOW - 61 })], NOW)).toEqual(["admins"]);
  });
});
