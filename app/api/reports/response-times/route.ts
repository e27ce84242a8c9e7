import { jsonResponse } from "@/lib/server/http";
import { responseTimesBody } from "@/lib/server/reports/bodies";
import { reportHandler } from "@/lib/server/reports/handler";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

// GET /api/reports/response-times?group=week|team|admin|tag&from&to&team&admin&tag…
async function handleGet(request: Request): Promise<Response> {
  return reportHandler(request, async (store, q) => jsonResponse(await responseTimesBody(store, q)));
}

export const GET = withRequestLog("reports-response-times", handleGet);
