"use client";

import { useQuery } from "@tanstack/react-query";
import { newsfeedQueries } from "@/lib/queries/news";

/** Newsfeed id → name, from the one newsfeed list query. */
export function useNewsfeedNames(): Map<string, string> {
  const feeds = useQuery(newsfeedQueries.list());
  return new Map((feeds.data?.items ?? []).map((f) => [String(f.id), f.name ?? `Newsfeed ${f.id}`]));
}
