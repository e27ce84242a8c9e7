import { queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";
import { fetchAllPages } from "@/lib/help-center/walk-pages";
import type { Collection, HelpCenter, HelpCenterList, Section } from "@/lib/intercom/types/content";

const FIVE_MINUTES = 5 * 60_000;
const enc = encodeURIComponent;

/** Help centers, collections and sections. Lists are small and change rarely. */
export const helpCenterQueries = {
  all: () => ["help-center"] as const,
  list: () =>
    queryOptions({ queryKey: [...helpCenterQueries.all(), "centers"], queryFn: ({ signal }) => intercomGet<HelpCenterList>("/help_center/help_centers", {}, signal), staleTime: FIVE_MINUTES }),
  detail: (id: string) =>
    queryOptions({ queryKey: [...helpCenterQueries.all(), "center", id], queryFn: ({ signal }) => intercomGet<HelpCenter>(`/help_center/help_centers/${enc(id)}`, {}, signal), staleTime: FIVE_MINUTES }),
};

export const collectionQueries = {
  all: () => ["collections"] as const,
  list: () => queryOptions({ queryKey: [...collectionQueries.all(), "list"], queryFn: ({ signal }) => fetchAllPages<Collection>("/help_center/collections", signal), staleTime: FIVE_MINUTES }),
  detail: (id: string) =>
    queryOptions({ queryKey: [...collectionQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet<Collection>(`/help_center/collections/${enc(id)}`, {}, signal), staleTime: FIVE_MINUTES }),
};

export const sectionQueries = {
  all: () => ["sections"] as const,
  list: () => queryOptions({ queryKey: [...sectionQueries.all(), "list"], queryFn: ({ signal }) => fetchAllPages<Section>("/help_center/sections", signal), staleTime: FIVE_MINUTES }),
  detail: (id: string) =>
    queryOptions({ queryKey: [...sectionQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet<Section>(`/help_center/sections/${enc(id)}`, {}, signal), staleTime: FIVE_MINUTES }),
};
