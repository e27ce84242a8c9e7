import { auditSummary } from "@/lib/server/audit/audit";
import { withAuditQuery } from "@/lib/server/audit/route";
import { jsonResponse } from "@/lib/server/http";
import { withRequestLog } from "@/lib/server/request-context";

/** GET /api/audit: the filtered range's counts and the four charts, aggregated in the store's SQL. */

export const dynamic = "force-dynamic";

function handleGet(request: Request): Promise<Response> {
  return withAuditQuery(request, async (src, q) => jsonResponse(await auditSummary(src, q)));
}

export const GET = withRequestLog("audit", handleGet);
