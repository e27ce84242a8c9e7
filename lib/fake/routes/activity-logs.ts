import { cursorPage, lazySeq } from "../paginate";
import { intercomError, ok, type AreaRoutes } from "../respond";
import { activityLogAt, activityLogIndexRange } from "../workspace/activity-logs";

export const activityLogRoutes = {
  // GET /admins/activity_logs: newest first, cursor pages, created_at_after required (the registry checks it).
  "admins.activity_logs": ({ ws, query }) => {
    const after = Number(query.created_at_after);
    const before = query.created_at_before === undefined ? undefined : Number(query.created_at_before);
    if (!Number.isFinite(after)) return intercomError(400, "parameter_invalid", "created_at_after must be a UNIX timestamp");
    const [from, to] = before !== undefined && before < after ? [0, 0] : activityLogIndexRange(ws, after, before);
    const page = cursorPage(
      lazySeq(to - from, (i) => activityLogAt(ws, from + i)),
      { perPage: query.per_page, startingAfter: query.starting_after, defaultPerPage: 20 },
    );
    return ok({ type: "activity_log.list" as const, pages: { ...page.pages, next: page.pages.next ?? null }, activity_logs: page.items });
  },
} satisfies AreaRoutes;
