import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { intercomGet, intercomSearch } from "@/lib/api/intercom";
import { buildContactSearch, type ContactFilters } from "@/lib/contacts/contact-search";
import { understandQuery } from "@/lib/contacts/understand-query";
import type { SearchFilter } from "@/lib/intercom/search-body";
import type { ContactList, NoteList } from "@/lib/intercom/types/customers";

/** Query keys and fetchers for contacts and what hangs off them. */

export const CONTACTS_PER_PAGE = 50;

const nextCursor = (page: ContactList | NoteList) => page.pages?.next?.starting_after ?? null;

/** Just `total_count`: one contact is the cheapest page that carries it. */
const CONTACT_COUNT_QUERY = { per_page: 1 } as const;

export const contactQueries = {
  count: () =>
    queryOptions({
      queryKey: [...contactQueries.all(), "count"],
      queryFn: ({ signal }) => intercomGet("contacts.list", CONTACT_COUNT_QUERY, signal),
    }),
  all: () => ["contacts"] as const,
  list: () =>
    infiniteQueryOptions({
      queryKey: [...contactQueries.all(), "list", CONTACTS_PER_PAGE],
      queryFn: ({ pageParam, signal }) => intercomGet("contacts.list", { per_page: CONTACTS_PER_PAGE, starting_after: pageParam }, signal),
      initialPageParam: null as string | null,
      getNextPageParam: nextCursor,
    }),
  search: (filters: ContactFilters) =>
    infiniteQueryOptions({
      queryKey: [...contactQueries.all(), "search", filters],
      queryFn: ({ pageParam, signal }) => {
        const body = buildContactSearch(filters, { perPage: CONTACTS_PER_PAGE, startingAfter: pageParam });
        if (!body) throw new Error("Nothing to search for.");
        return intercomSearch("contacts.search", body, signal);
      },
      initialPageParam: null as string | null,
      getNextPageParam: nextCursor,
    }),
  /** Contacts matching one filter (a segment's or a tag's members). */
  where: (filter: SearchFilter) =>
    infiniteQueryOptions({
      queryKey: [...contactQueries.all(), "where", filter],
      queryFn: ({ pageParam, signal }) =>
        intercomSearch("contacts.search", { query: filter, pagination: { per_page: CONTACTS_PER_PAGE, ...(pageParam ? { starting_after: pageParam } : {}) } }, signal),
      initialPageParam: null as string | null,
      getNextPageParam: nextCursor,
    }),
  /** The palette: a handful of best matches for what was typed. */
  quick: (text: string) =>
    queryOptions({
      queryKey: [...contactQueries.all(), "quick", text.trim().toLowerCase()],
      queryFn: ({ signal }) => {
        const understood = understandQuery(text);
        if (!understood) return Promise.resolve<ContactList>({ type: "list", data: [] });
        return intercomSearch("contacts.search", { query: understood.filter, pagination: { per_page: 6 } }, signal);
      },
      staleTime: 30_000,
    }),
  detail: (id: string) => queryOptions({ queryKey: [...contactQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet("contacts.get", { id }, signal) }),
  companies: (id: string) =>
    infiniteQueryOptions({
      queryKey: [...contactQueries.all(), "detail", id, "companies"],
      queryFn: ({ pageParam, signal }) => intercomGet("contacts.companies", { id, page: pageParam, per_page: 50 }, signal),
      initialPageParam: 1,
      // Link style: a non-null `pages.next` means there is a following page number.
      getNextPageParam: (last, _all, lastParam) => (last.pages?.next ? lastParam + 1 : null),
    }),
  tags: (id: string) => queryOptions({ queryKey: [...contactQueries.all(), "detail", id, "tags"], queryFn: ({ signal }) => intercomGet("contacts.tags", { id }, signal) }),
  segments: (id: string) => queryOptions({ queryKey: [...contactQueries.all(), "detail", id, "segments"], queryFn: ({ signal }) => intercomGet("contacts.segments", { id }, signal) }),
  subscriptions: (id: string) => queryOptions({ queryKey: [...contactQueries.all(), "detail", id, "subscriptions"], queryFn: ({ signal }) => intercomGet("contacts.subscriptions", { id }, signal) }),
  notes: (id: string) =>
    infiniteQueryOptions({
      queryKey: [...contactQueries.all(), "detail", id, "notes"],
      queryFn: ({ pageParam, signal }) => intercomGet("contacts.notes", { id, per_page: 50, starting_after: pageParam }, signal),
      initialPageParam: null as string | null,
      getNextPageParam: nextCursor,
    }),
  events: (id: string) =>
    queryOptions({
      queryKey: [...contactQueries.all(), "detail", id, "events", "summary"],
      queryFn: async ({ signal }) => {
        const answer = await intercomGet("events.list", { type: "user", intercom_user_id: id, summary: true, per_page: 150 }, signal);
        // /events answers a summary only when asked for one; anything else is an upstream fault, not data to show.
        if (answer.type !== "event.summary") throw new Error("Intercom answered the event summary with a list of events.");
        return answer;
      },
    }),
};

export const noteQueries = {
  detail: (id: string) => queryOptions({ queryKey: ["notes", "detail", id], queryFn: ({ signal }) => intercomGet("notes.get", { id }, signal) }),
};
