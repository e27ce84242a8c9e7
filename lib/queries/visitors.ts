import { queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";
import type { Visitor } from "@/lib/intercom/types/customers";

export const visitorQueries = {
  all: () => ["visitors"] as const,
  byUserId: (userId: string) =>
    queryOptions({ queryKey: [...visitorQueries.all(), "by-user-id", userId], queryFn: ({ signal }) => intercomGet<Visitor>("/visitors", { user_id: userId }, signal) }),
  detail: (id: string) =>
    queryOptions({ queryKey: [...visitorQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet<Visitor>(`/visitors/${encodeURIComponent(id)}`, {}, signal) }),
};
