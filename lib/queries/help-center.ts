import { queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";
import { fetchAllPages } from "@/lib/help-center/walk-pages";

const FIVE_MINUTES = 5 * 60_000;

/** Help centers, collections and sections. Lists are small and change rarely. */
export const helpCenterQueries = {
  all: () => ["help-center"] as const,
  list: () => queryOptions({ queryKey: [...helpCenterQueries.all(), "centers"], queryFn: ({ signal }) => intercomGet("help_centers.list", {}, signal), staleTime: FIVE_MINUTES }),
  detail: (id: string) => queryOptions({ queryKey: [...helpCenterQueries.all(), "center", id], queryFn: ({ signal }) => intercomGet("help_centers.get", { id }, signal), staleTime: FIVE_MINUTES }),
};

export const collectionQueries = {
  all: () => ["collections"] as const,
  list: () => queryOptions({ queryKey: [...collectionQueries.all(), "list"], queryFn: ({ signal }) => fetchAllPages("collections.list", {}, signal), staleTime: FIVE_MINUTES }),
  detail: (id: string) => queryOptions({ queryKey: [...collectionQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet("collections.get", { id }, signal), staleTime: FIVE_MINUTES }),
};

export const sectionQueries = {
  all: () => ["sections"] as const,
  list: () => queryOptions({ queryKey: [...sectionQueries.all(), "list"], queryFn: ({ signal }) => fetchAllPages("sections.list", {}, signal), staleTime: FIVE_MINUTES }),
  detail: (id: string) => queryOptions({ queryKey: [...sectionQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet("sections.get", { id }, signal), staleTime: FIVE_MINUTES }),
};
