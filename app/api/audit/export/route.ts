import { auditCsvFileName } from "@/lib/audit/csv";
import { auditCsvStream } from "@/lib/server/audit/audit";
import { withAuditQuery } from "@/lib/server/audit/route";
import { withRequestLog } from "@/lib/server/request-context";

/** GET /api/audit/export: every matching entry as CSV, streamed from the store a page at a time. */

export const dynamic = "force-dynamic";

function handleGet(request: Request): Promise<Response> {
  return withAuditQuery(request, async (src, q) => {
    const body = await auditCsvStream(src, q);
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${auditCsvFileName(q.after, q.before)}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  });
}

export const GET = withRequestLog("audit-export", handleGet);
