import { alertsOverview } from "@/lib/server/alerts/list";
import { jsonResponse } from "@/lib/server/http";
import { freshness } from "@/lib/server/reports/freshness";
import { reportHandler } from "@/lib/server/reports/handler";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

// GET /api/alerts → rules (or the rules file's problems), recent matches and delivery attempts.
async function handleGet(request: Request): Promise<Response> {
  return reportHandler(request, async (store) => {
    const [overview, fresh] = await Promise.all([alertsOverview(store), freshness(store, ["activity_logs"])]);
    return jsonResponse({ ...overview, ...fresh });
  });
}

export const GET = withRequestLog("alerts", handleGet);
