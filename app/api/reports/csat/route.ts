import { jsonResponse } from "@/lib/server/http";
import { csatBody } from "@/lib/server/reports/bodies";
import { reportHandler } from "@/lib/server/reports/handler";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

// GET /api/reports/csat?from&to&team&admin → distribution, weekly trend, by team and teammate, low-rating queue.
async function handleGet(request: Request): Promise<Response> {
  return reportHandler(request, async (store, q) => jsonResponse(await csatBody(store, q)));
}

export const GET = withRequestLog("reports-csat", handleGet);
