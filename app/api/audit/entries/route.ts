import { auditEntries } from "@/lib/server/audit/audit";
import { decodeCursor } from "@/lib/server/audit/parts";
import { withAuditQuery } from "@/lib/server/audit/route";
import { errorResponse, jsonResponse } from "@/lib/server/http";
import { withRequestLog } from "@/lib/server/request-context";

/** GET /api/audit/entries: one page of the filtered range, newest first; `cursor` continues it. */

export const dynamic = "force-dynamic";

function handleGet(request: Request): Promise<Response> {
  return withAuditQuery(request, async (src, q, params) => {
    const raw = params.get("cursor");
    const cursor = raw ? decodeCursor(raw) : null;
    if (raw && !cursor) return errorResponse(400, "parameter_invalid", "cursor is not one Lens wrote; start again from the first page.", { field: "cursor" });
    return jsonResponse(await auditEntries(src, q, cursor));
  });
}

export const GET = withRequestLog("audit-entries", handleGet);
