import { queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";
import type { ActivityLog } from "@/lib/intercom/types/activity-logs";

const FIVE_MINUTES = 5 * 60_000;

/** Query keys and fetchers for the admin activity log. */
export const activityLogQueries = {
  all: () => ["activity-logs"] as const,
  /** A teammate's latest entries since `after`: pages newest first until `limit` are found. */
  teammate: (adminId: string, after: number, limit: number) =>
    queryOptions({
      queryKey: [...activityLogQueries.all(), "teammate", { adminId, after, limit }],
      queryFn: async ({ signal }) => {
        const found: ActivityLog[] = [];
        let cursor: string | null | undefined;
        let pages = 0;
        do {
          const page = await intercomGet("admins.activity_logs", { created_at_after: after, per_page: 150, starting_after: cursor }, signal);
          for (const log of page.activity_logs ?? []) if (log.performed_by?.id === adminId && found.length < limit) found.push(log);
          cursor = page.pages?.next?.starting_after;
          pages++;
        } while (cursor && found.length < limit);
        return { logs: found, complete: !cursor, pages };
      },
      staleTime: FIVE_MINUTES,
    }),
};
