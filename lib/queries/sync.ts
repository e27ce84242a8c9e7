import { queryOptions } from "@tanstack/react-query";
import { lensJson } from "@/lib/api/lens-json";
import type { SyncStatus } from "@/lib/sync/types";

/** The sync's status; refreshed every few seconds while a backfill or run is under way. */
export const syncQueries = {
  all: () => ["sync"] as const,
  status: () =>
    queryOptions({
      queryKey: [...syncQueries.all(), "status"],
      queryFn: ({ signal }) => lensJson<SyncStatus>("/api/sync", { signal }),
      refetchInterval: (q) => (q.state.data?.streams.some((s) => s.running || (s.stream === "activity_logs" && !s.backfillDone)) ? 3_000 : 30_000),
    }),
};
