import { queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";
import { fetchAllPages } from "@/lib/help-center/walk-pages";

export const newsQueries = {
  all: () => ["news"] as const,
  list: () => queryOptions({ queryKey: [...newsQueries.all(), "items"], queryFn: ({ signal }) => fetchAllPages("news_items.list", {}, signal) }),
  detail: (id: string) => queryOptions({ queryKey: [...newsQueries.all(), "item", id], queryFn: ({ signal }) => intercomGet("news_items.get", { id }, signal) }),
};

export const newsfeedQueries = {
  all: () => ["newsfeeds"] as const,
  list: () => queryOptions({ queryKey: [...newsfeedQueries.all(), "list"], queryFn: ({ signal }) => fetchAllPages("newsfeeds.list", {}, signal), staleTime: 5 * 60_000 }),
  detail: (id: string) => queryOptions({ queryKey: [...newsfeedQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet("newsfeeds.get", { id }, signal) }),
  items: (id: string) => queryOptions({ queryKey: [...newsfeedQueries.all(), "items", id], queryFn: ({ signal }) => fetchAllPages("newsfeeds.items", { id }, signal) }),
};
