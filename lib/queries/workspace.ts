import { queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";

const FIVE_MINUTES = 5 * 60_000;

/** Query keys and fetchers for the workspace, its teammates and its teams. */
export const workspaceQueries = {
  me: () => queryOptions({ queryKey: ["me"], queryFn: ({ signal }) => intercomGet("me.get", {}, signal), staleTime: FIVE_MINUTES }),
};

export const adminQueries = {
  all: () => ["admins"] as const,
  list: () => queryOptions({ queryKey: [...adminQueries.all(), "list"], queryFn: ({ signal }) => intercomGet("admins.list", {}, signal), staleTime: FIVE_MINUTES }),
  detail: (id: string) => queryOptions({ queryKey: [...adminQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet("admins.get", { id }, signal), staleTime: FIVE_MINUTES }),
};

export const teamQueries = {
  all: () => ["teams"] as const,
  list: () => queryOptions({ queryKey: [...teamQueries.all(), "list"], queryFn: ({ signal }) => intercomGet("teams.list", {}, signal), staleTime: FIVE_MINUTES }),
  detail: (id: string) => queryOptions({ queryKey: [...teamQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet("teams.get", { id }, signal), staleTime: FIVE_MINUTES }),
};
