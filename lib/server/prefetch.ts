import "server-only";
import { dehydrate, QueryClient, type DehydratedState, type FetchInfiniteQueryOptions, type FetchQueryOptions } from "@tanstack/react-query";
import { ApiError } from "@/lib/api/api-error";
import { installServerTransport } from "@/lib/api/intercom";
import { isErrorEnvelope } from "@/lib/intercom/errors";
import { endpoint } from "@/lib/intercom/registry";
import { callIntercom, parseBody } from "./intercom/client";

/**
 * Server-first pages: a page hands this the same query options its client components use, and the
 * answers arrive with the HTML under the same keys. On the server those options read Intercom
 * through the shared client (its cache, coalescing and the registry's freshness per endpoint)
 * instead of the browser's mirror.
 */

installServerTransport(async (call) => {
  const res = await callIntercom({ method: call.method, path: call.path, body: call.body, ttlMs: endpoint(call.id).ttlMs });
  const body = parseBody(res);
  if (res.status === 200) return body;
  const envelope = isErrorEnvelope(body) ? body : null;
  throw envelope ? ApiError.fromEnvelope(res.status, envelope) : new ApiError(res.status, "bad_response", `Intercom answered ${res.status}.`, null);
});

// Any query options object: plain or infinite (`queryOptions`/`infiniteQueryOptions` results).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- options of every data type go in one list
export type AnyQueryOptions = FetchQueryOptions<any, any, any, any> | FetchInfiniteQueryOptions<any, any, any, any, any>;

function isInfinite(options: AnyQueryOptions): options is FetchInfiniteQueryOptions {
  return "initialPageParam" in options;
}

/**
 * Runs the queries side by side and returns what succeeded, for a HydrationBoundary. A failure is
 * left to the browser: it asks again and shows the error with its request id if it persists.
 */
export async function prefetchQueries(queries: AnyQueryOptions[]): Promise<DehydratedState> {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await Promise.all(queries.map((q) => (isInfinite(q) ? client.prefetchInfiniteQuery(q) : client.prefetchQuery(q))));
  return dehydrate(client);
}
