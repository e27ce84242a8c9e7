import { requireApiViewer } from "@/lib/server/auth/guard";
import { jsonResponse } from "@/lib/server/http";
import { getStore } from "@/lib/server/store";
import { storeFailureResponse } from "@/lib/server/store-response";
import { syncStatus } from "@/lib/server/sync";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

/** GET /api/sync: each stream's last run, watermark, rows, backfill and last error, and the archive's chain check. */
async function handleGet(request: Request): Promise<Response> {
  const viewer = await requireApiViewer(request);
  if (viewer instanceof Response) return viewer;
  try {
    return jsonResponse(await syncStatus(await getStore()));
  } catch (e) {
    return storeFailureResponse(e);
  }
}

export const GET = withRequestLog("sync", handleGet);
