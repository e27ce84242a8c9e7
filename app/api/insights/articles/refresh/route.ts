import { requireApiViewer } from "@/lib/server/auth/guard";
import { jsonResponse } from "@/lib/server/http";
import { getStore } from "@/lib/server/store";
import { storeFailureResponse } from "@/lib/server/store-response";
import { requestSync } from "@/lib/server/sync";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

/**
 * POST /api/insights/articles/refresh: asks the sync for a new snapshot of article statistics now.
 * Answers 202 at once; GET /api/insights/articles says `refreshing` until the snapshot is stored.
 * Same-origin only (the guard refuses a POST another site started).
 */
async function handlePost(request: Request): Promise<Response> {
  const viewer = await requireApiViewer(request);
  if (viewer instanceof Response) return viewer;
  try {
    await getStore();
  } catch (e) {
    return storeFailureResponse(e);
  }
  requestSync("articles");
  return jsonResponse({ refreshing: true }, 202);
}

export const POST = withRequestLog("insights-articles-refresh", handlePost);
