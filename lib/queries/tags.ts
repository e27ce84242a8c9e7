import { queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";
import type { Tag, TagList } from "@/lib/intercom/types/customers";

const FIVE_MINUTES = 5 * 60_000;

export const tagQueries = {
  all: () => ["tags"] as const,
  list: () => queryOptions({ queryKey: [...tagQueries.all(), "list"], queryFn: ({ signal }) => intercomGet<TagList>("/tags", {}, signal), staleTime: FIVE_MINUTES }),
  detail: (id: string) => queryOptions({ queryKey: [...tagQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet<Tag>(`/tags/${encodeURIComponent(id)}`, {}, signal) }),
};
