import { queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";
import type { Ticket } from "@/lib/intercom/types/conversations";

export const ticketQueries = {
  all: () => ["tickets"] as const,
  detail: (id: string) =>
    queryOptions({ queryKey: [...ticketQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet<Ticket>(`/tickets/${encodeURIComponent(id)}`, {}, signal) }),
};
