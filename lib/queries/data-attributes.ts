import { queryOptions } from "@tanstack/react-query";
import { intercomGet } from "@/lib/api/intercom";
import type { DataAttributeModel } from "@/lib/intercom/types/customers";

const FIVE_MINUTES = 5 * 60_000;

/** Workspace schema: data attributes and subscription types change rarely. */
export const dataAttributeQueries = {
  all: () => ["data-attributes"] as const,
  list: (model: DataAttributeModel | null, includeArchived = false) =>
    queryOptions({
      queryKey: [...dataAttributeQueries.all(), "list", model, includeArchived],
      queryFn: ({ signal }) => intercomGet("data_attributes.list", { model, include_archived: includeArchived || undefined }, signal),
      staleTime: FIVE_MINUTES,
    }),
};

export const subscriptionTypeQueries = {
  list: () =>
    queryOptions({
      queryKey: ["subscription-types", "list"],
      queryFn: ({ signal }) => intercomGet("subscription_types.list", {}, signal),
      staleTime: FIVE_MINUTES,
    }),
};
