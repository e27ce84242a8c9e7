import { DEFAULT_DORMANT_DAYS } from "@/lib/reports/access-review";
import { jsonResponse } from "@/lib/server/http";
import { accessBody } from "@/lib/server/reports/bodies";
import { reportHandler } from "@/lib/server/reports/handler";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

// GET /api/reports/access?dormant=30 → every teammate with sign-ins, access changes and flags.
async function handleGet(request: Request): Promise<Response> {
  return reportHandler(request, async (store, q) => jsonResponse(await accessBody(store, Number(q.get("dormant") ?? DEFAULT_DORMANT_DAYS))));
}

export const GET = withRequestLog("reports-access", handleGet);
