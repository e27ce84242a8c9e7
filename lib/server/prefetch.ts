import "server-only";
import { dehydrate, QueryClient, type DehydratedState, type QueryKey } from "@tanstack/react-query";
import { callIntercom, parseBody } from "./intercom/client";

/**
 * Reads Intercom on the server for the first paint and hands the answers to React Query in the
 * browser under the same keys, so a page's main content arrives with its HTML instead of after
 * hydration and a second round trip. The server cache makes this cheap on repeat views.
 */
export interface Prefetch {
  queryKey: QueryKey;
  /** Intercom path and query, built with `buildPath`. */
  path: string;
  /** For the read-only searches. */
  search?: unknown;
}

export async function prefetchIntercom(entries: Prefetch[]): Promise<DehydratedState> {
  const client = new QueryClient();
  await Promise.all(
    entries.map(async ({ queryKey, path, search }) => {
      try {
        const res = await callIntercom(search === undefined ? { path } : { method: "POST", path, body: JSON.stringify(search) });
        if (res.status === 200) client.setQueryData(queryKey, parseBody(res));
      } catch {
        // Left to the browser: it asks again and shows the error with its request id if it persists.
      }
    }),
  );
  return dehydrate(client);
}
