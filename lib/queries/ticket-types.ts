import { queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";
import type { TicketType, TicketTypeList } from "@/lib/intercom/types/conversations";

const FIVE_MINUTES = 5 * 60_000;

export const ticketTypeQueries = {
  all: () => ["ticket-types"] as const,
  list: () =>
    queryOptions({ queryKey: [...ticketTypeQueries.all(), "list"], queryFn: ({ signal }) => intercomGet<TicketTypeList>("/ticket_types", {}, signal), staleTime: FIVE_MINUTES }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...ticketTypeQueries.all(), "detail", id],
      queryFn: ({ signal }) => intercomGet<TicketType>(`/ticket_types/${encodeURIComponent(id)}`, {}, signal),
      staleTime: FIVE_MINUTES,
    }),
};
