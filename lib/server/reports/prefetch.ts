import "server-only";
import { dehydrate, QueryClient, type DehydratedState, type QueryKey } from "@tanstack/react-query";
import { getStore, type Store } from "@/lib/server/store";

/**
 * Builds a report on the server and hands it to React Query in the browser under its query key, so
 * the report arrives with the HTML instead of after hydration and a second round trip.
 */
export async function prefetchReport(queryKey: QueryKey, build: (store: Store) => Promise<unknown>): Promise<DehydratedState> {
  const client = new QueryClient();
  try {
    client.setQueryData(queryKey, await build(await getStore()));
  } catch {
    // Left to the browser, which asks the endpoint and shows its error (bad filter, store down).
  }
  return dehydrate(client);
}
