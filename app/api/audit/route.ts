import { auditSummary } from "@/lib/server/audit/audit";
import { withAuditQuery } from "@/lib/server/audit/route";
import { jsonResponse } from "@/lib/server/http";

/** GET /api/audit: the filtered range's counts and the four charts, aggregated in the store's SQL. */

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return withAuditQuery(request, async (src, q) => jsonResponse(await auditSummary(src, q)));
}
