import "server-only";
import { FilterError } from "@/lib/reports/ledger-filter";
import { requireApiViewer } from "@/lib/server/auth/guard";
import { errorResponse } from "@/lib/server/http";
import { getStore, StoreUnavailable, type Store } from "@/lib/server/store";

/**
 * The frame every report endpoint shares: the viewer check, the store, and clear errors in
 * Intercom's envelope for bad filters (400) and an unreachable store (503). Reports read only the
 * store, never Intercom.
 */
export async function reportHandler(request: Request, run: (store: Store, query: URLSearchParams) => Promise<Response>): Promise<Response> {
  const viewer = await requireApiViewer(request);
  if (viewer instanceof Response) return viewer;
  try {
    return await run(await getStore(), new URL(request.url).searchParams);
  } catch (e) {
    if (e instanceof FilterError) return errorResponse(400, "parameter_invalid", e.message);
    if (e instanceof StoreUnavailable) return errorResponse(503, "service_unavailable", e.message);
    console.error(JSON.stringify({ level: "error", msg: "report failed", error: (e as Error).message }));
    return errorResponse(500, "server_error", "The report could not be built; nothing was changed.");
  }
}
