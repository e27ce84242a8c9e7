import type { InsightsSnapshot } from "@/lib/articles/insights-types";
import { requireApiViewer } from "@/lib/server/auth/guard";
import { jsonResponse } from "@/lib/server/http";
import { readArticleSnapshot } from "@/lib/server/insights/snapshot";
import { getStore } from "@/lib/server/store";
import { storeFailureResponse } from "@/lib/server/store-response";
import { readState, syncPending } from "@/lib/server/sync";

export const dynamic = "force-dynamic";

/** GET /api/insights/articles: the newest daily snapshot of every article's statistics, from Lens's store (no upstream call). */
export async function GET(request: Request): Promise<Response> {
  const viewer = await requireApiViewer(request);
  if (viewer instanceof Response) return viewer;
  try {
    const store = await getStore();
    const [snapshot, state] = await Promise.all([readArticleSnapshot(store), readState(store.db, "articles")]);
    const body: InsightsSnapshot = { ...snapshot, refreshing: syncPending("articles"), lastError: state.last_error };
    return jsonResponse(body);
  } catch (e) {
    return storeFailureResponse(e);
  }
}
