import { queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";
import { fetchAllPages } from "@/lib/help-center/walk-pages";
import type { Newsfeed, NewsItem } from "@/lib/intercom/types/content";

const enc = encodeURIComponent;

export const newsQueries = {
  all: () => ["news"] as const,
  list: () => queryOptions({ queryKey: [...newsQueries.all(), "items"], queryFn: ({ signal }) => fetchAllPages<NewsItem>("/news/news_items", signal) }),
  detail: (id: string) => queryOptions({ queryKey: [...newsQueries.all(), "item", id], queryFn: ({ signal }) => intercomGet<NewsItem>(`/news/news_items/${enc(id)}`, {}, signal) }),
};

export const newsfeedQueries = {
  all: () => ["newsfeeds"] as const,
  list: () => queryOptions({ queryKey: [...newsfeedQueries.all(), "list"], queryFn: ({ signal }) => fetchAllPages<Newsfeed>("/news/newsfeeds", signal), staleTime: 5 * 60_000 }),
  detail: (id: string) => queryOptions({ queryKey: [...newsfeedQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet<Newsfeed>(`/news/newsfeeds/${enc(id)}`, {}, signal) }),
  items: (id: string) => queryOptions({ queryKey: [...newsfeedQueries.all(), "items", id], queryFn: ({ signal }) => fetchAllPages<NewsItem>(`/news/newsfeeds/${enc(id)}/items`, signal) }),
};
