import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { intercomGet, intercomSearch } from "@/lib/api/intercom";
import { buildConversationSearch, type ConversationFilters } from "@/lib/conversations/search-filters";
import type { SearchRequest } from "@/lib/intercom/search-body";

const PER_PAGE = 25;

/** Open conversations, counted: a one-result search carries `total_count`. */
const OPEN_COUNT_SEARCH: SearchRequest = { query: { field: "state", operator: "=", value: "open" }, pagination: { per_page: 1 } };

/**
 * Query keys and fetchers for conversations. Unfiltered lists page through GET /conversations;
 * any filter switches to POST /conversations/search. Both are cursor-paginated, newest first.
 */
export const conversationQueries = {
  all: () => ["conversations"] as const,
  openCount: () =>
    queryOptions({
      queryKey: [...conversationQueries.all(), "count", "open"],
      queryFn: ({ signal }) => intercomSearch("conversations.search", OPEN_COUNT_SEARCH, signal),
    }),
  list: (filters: ConversationFilters) =>
    infiniteQueryOptions({
      queryKey: [...conversationQueries.all(), "list", filters],
      initialPageParam: null as string | null,
      queryFn: ({ pageParam, signal }) => {
        const search = buildConversationSearch(filters, PER_PAGE, pageParam);
        return search ? intercomSearch("conversations.search", search, signal) : intercomGet("conversations.list", { per_page: PER_PAGE, starting_after: pageParam }, signal);
      },
      getNextPageParam: (last) => last.pages?.next?.starting_after ?? null,
    }),
  /** Tag names for the tag filter. */
  tagOptions: () =>
    queryOptions({
      queryKey: [...conversationQueries.all(), "tag-options"],
      queryFn: ({ signal }) => intercomGet("tags.list", {}, signal),
      staleTime: 5 * 60_000,
    }),
  detail: (id: string, plaintext = false) =>
    queryOptions({
      queryKey: [...conversationQueries.all(), "detail", id, plaintext ? "plaintext" : "html"],
      queryFn: ({ signal }) => intercomGet("conversations.get", { id, display_as: plaintext ? "plaintext" : undefined }, signal),
    }),
};
