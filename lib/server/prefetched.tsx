import "server-only";
import { HydrationBoundary } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { prefetchQueries, type AnyQueryOptions } from "./prefetch";

/**
 * One section of a page, with its data read on the server. Put it inside a <Suspense> whose
 * fallback is the section's skeleton: the rest of the page streams without waiting for it.
 */
export async function Prefetched({ queries, children }: { queries: AnyQueryOptions[]; children: ReactNode }) {
  return <HydrationBoundary state={await prefetchQueries(queries)}>{children}</HydrationBoundary>;
}
