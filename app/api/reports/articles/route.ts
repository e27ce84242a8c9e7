import { jsonResponse } from "@/lib/server/http";
import { articleHistoryBody } from "@/lib/server/reports/bodies";
import { reportHandler } from "@/lib/server/reports/handler";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

// GET /api/reports/articles?day= → daily views/conversations/reactions, movers, falling views, rising sadness.
async function handleGet(request: Request): Promise<Response> {
  return reportHandler(request, async (store, q) => jsonResponse(await articleHistoryBody(store, q.get("day"))));
}

export const GET = withRequestLog("reports-articles", handleGet);
