import { describe, expect, it } from "vitest";
import { StoreUnavailable } from "@/lib/server/store";
import { LiveReadError } from "./live-part";
import { afterKeyset, decodeCursor, encodeCursor, periodBounds, splitRange } from "./parts";
import { auditFailure } from "./route";

describe("splitting a range where the sync stands", () => {
  it("reads everything live before the first sync", () => {
    expect(splitRange(100, 200, null)).toEqual([{ source: "live", after: 100, before: 200 }]);
    expect(splitRange(100, 200, { watermark: null, backfillCursor: null, backfillDone: false })).toEqual([{ source: "live", after: 100, before: 200 }]);
  });

  it("reads the store between the backfill and the watermark, and live on either side", () => {
    expect(splitRange(100, 200, { watermark: 180, backfillCursor: 130, backfillDone: false })).toEqual([
      { source: "live", after: 181, before: 200 },
      { source: "store", after: 130, before: 180 },
      { source: "live", after: 100, before: 129 },
    ]);
  });

  it("reads a finished backfill's range from the store alone, back to any age", () => {
    expect(splitRange(0, 200, { watermark: 200, backfillCursor: 150, backfillDone: true })).toEqual([{ source: "store", after: 0, before: 200 }]);
  });

  it("reads live a range the backfill has not reached at all", () => {
    expect(splitRange(10, 50, { watermark: 200, backfillCursor: 130, backfillDone: false })).toEqual([{ source: "live", after: 10, before: 50 }]);
  });
});

describe("keyset cursors and period keys", () => {
  it("round-trips a cursor and refuses one Lens did not write", () => {
    expect(decodeCursor(encodeCursor({ at: 1_700_000_000, id: "42" }))).toEqual({ at: 1_700_000_000, id: "42" });
    expect(decodeCursor("nonsense")).toBeNull();
    expect(afterKeyset(10, "5", { at: 10, id: "6" })).toBe(true);
    expect(afterKeyset(10, "7", { at: 10, id: "6" })).toBe(false);
  });

  it("maps a period key to its local span only for its granularity", () => {
    expect(periodBounds("2025-03-03T09", "hour")).toEqual([Date.UTC(2025, 2, 3, 9) / 1000, Date.UTC(2025, 2, 3, 10) / 1000]);
    expect(periodBounds("2025-03-03", "week")).toEqual([Date.UTC(2025, 2, 3) / 1000, Date.UTC(2025, 2, 10) / 1000]);
    expect(periodBounds("2025-03-04", "week")).toBeNull(); // a Tuesday names no week
    expect(periodBounds("2025-03-03", "hour")).toBeNull();
  });
});

describe("audit faults in Intercom's envelope", () => {
  it("answers a store that is down with 503 and a clear message, never a stack", async () => {
    for (const e of [new StoreUnavailable("Lens's store is unavailable: connect ECONNREFUSED"), new Error("SQLITE_BUSY: database is locked")]) {
      const res = auditFailure(e);
      expect(res.status).toBe(503);
      const body = await res.json();
      expect(body).toMatchObject({ type: "error.list", errors: [{ code: "store_unavailable" }] });
      expect(JSON.stringify(body)).not.toMatch(/\bat \w+ \(/);
    }
  });

  it("says when Intercom refused the part read live", async () => {
    const res = auditFailure(new LiveReadError(401, null));
    expect(res.status).toBe(502);
    expect((await res.json()).errors[0].code).toBe("upstream_unauthorized");
  });
});
