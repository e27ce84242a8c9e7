import { queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";

export const ticketQueries = {
  all: () => ["tickets"] as const,
  detail: (id: string) => queryOptions({ queryKey: [...ticketQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet("tickets.get", { id }, signal) }),
};
