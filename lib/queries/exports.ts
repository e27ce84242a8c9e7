import { queryOptions } from "@tanstack/react-query";
import { intercomGet, intercomHref } from "@/lib/api/intercom";

/** Content data export jobs. Status changes while a job runs, so it is never considered fresh. */
export const exportQueries = {
  all: () => ["exports"] as const,
  detail: (job: string) =>
    queryOptions({
      queryKey: [...exportQueries.all(), "detail", job],
      queryFn: ({ signal }) => intercomGet("exports.get", { job_identifier: job }, signal),
      staleTime: 0,
      // A running job is checked again every 10 s until it settles.
      refetchInterval: (query) => (query.state.data?.status === "pending" || query.state.data?.status === "in_progress" ? 10_000 : false),
    }),
};

/** Where the browser downloads the file: Lens streams it from Intercom. */
export function exportDownloadUrl(job: string): string {
  return intercomHref("exports.download", { job_identifier: job });
}
