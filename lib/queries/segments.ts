import { queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";

const FIVE_MINUTES = 5 * 60_000;

export const segmentQueries = {
  all: () => ["segments"] as const,
  list: (includeCount = false) =>
    queryOptions({
      queryKey: [...segmentQueries.all(), "list", includeCount],
      queryFn: ({ signal }) => intercomGet("segments.list", { include_count: includeCount || undefined }, signal),
      staleTime: FIVE_MINUTES,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...segmentQueries.all(), "detail", id],
      queryFn: ({ signal }) => intercomGet("segments.get", { id, include_count: true }, signal),
    }),
};
