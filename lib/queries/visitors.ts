import { queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";

export const visitorQueries = {
  all: () => ["visitors"] as const,
  byUserId: (userId: string) => queryOptions({ queryKey: [...visitorQueries.all(), "by-user-id", userId], queryFn: ({ signal }) => intercomGet("visitors.find", { user_id: userId }, signal) }),
  detail: (id: string) => queryOptions({ queryKey: [...visitorQueries.all(), "detail", id], queryFn: ({ signal }) => intercomGet("visitors.get", { id }, signal) }),
};
