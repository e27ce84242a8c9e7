import { requireApiViewer } from "@/lib/server/auth/guard";
import { jsonResponse } from "@/lib/server/http";
import { articleInsights } from "@/lib/server/insights/snapshot";
import { withRequestLog } from "@/lib/server/request-context";
import { getStore } from "@/lib/server/store";
import { storeFailureResponse } from "@/lib/server/store-response";

export const dynamic = "force-dynamic";

/** GET /api/insights/articles: the newest daily snapshot of every article's statistics, from Lens's store (no upstream call). */
async function snapshot(request: Request): Promise<Response> {
  const viewer = await requireApiViewer(request, { sameOriginOnly: true });
  if (viewer instanceof Response) return viewer;
  try {
    return jsonResponse(await articleInsights(await getStore()));
  } catch (e) {
    return storeFailureResponse(e);
  }
}

export const GET = withRequestLog("article-insights", snapshot);
