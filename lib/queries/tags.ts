import { queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";

const FIVE_MINUTES = 5 * 60_000;

export const tagQueries = {
  all: () => ["tags"] as const,
  list: () => queryOptions({ queryKey: [...tagQueries.all(), "list"], queryFn: ({ signal }) => intercomGet("tags.list", {}, signal), staleTime: FIVE_MINUTES }),
  detail: (id: string) => queryOptions({ queryKey: [...tagQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet("tags.get", { id }, signal) }),
};
