import { queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";
import type { AdminList, Me, Team, TeamList, Admin } from "@/lib/intercom/types/admins";

const FIVE_MINUTES = 5 * 60_000;

/** Query keys and fetchers for the workspace, its teammates and its teams. */
export const workspaceQueries = {
  me: () => queryOptions({ queryKey: ["me"], queryFn: ({ signal }) => intercomGet<Me>("/me", {}, signal), staleTime: FIVE_MINUTES }),
};

export const adminQueries = {
  all: () => ["admins"] as const,
  list: () => queryOptions({ queryKey: [...adminQueries.all(), "list"], queryFn: ({ signal }) => intercomGet<AdminList>("/admins", {}, signal), staleTime: FIVE_MINUTES }),
  detail: (id: string) =>
    queryOptions({ queryKey: [...adminQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet<Admin>(`/admins/${encodeURIComponent(id)}`, {}, signal), staleTime: FIVE_MINUTES }),
};

export const teamQueries = {
  all: () => ["teams"] as const,
  list: () => queryOptions({ queryKey: [...teamQueries.all(), "list"], queryFn: ({ signal }) => intercomGet<TeamList>("/teams", {}, signal), staleTime: FIVE_MINUTES }),
  detail: (id: string) =>
    queryOptions({ queryKey: [...teamQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet<Team>(`/teams/${encodeURIComponent(id)}`, {}, signal), staleTime: FIVE_MINUTES }),
};
