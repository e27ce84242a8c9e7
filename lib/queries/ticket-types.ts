import { queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";

const FIVE_MINUTES = 5 * 60_000;

export const ticketTypeQueries = {
  all: () => ["ticket-types"] as const,
  list: () => queryOptions({ queryKey: [...ticketTypeQueries.all(), "list"], queryFn: ({ signal }) => intercomGet("ticket_types.list", {}, signal), staleTime: FIVE_MINUTES }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...ticketTypeQueries.all(), "detail", id],
      queryFn: ({ signal }) => intercomGet("ticket_types.get", { id }, signal),
      staleTime: FIVE_MINUTES,
    }),
};
