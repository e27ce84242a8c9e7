import { requireApiViewer } from "@/lib/server/auth/guard";
import { exportCompanies } from "@/lib/server/export/companies";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

/** GET /api/companies/export: every company as CSV, streamed while Lens walks Intercom's company scroll. */
async function companiesCsv(request: Request): Promise<Response> {
  const viewer = await requireApiViewer(request, { sameOriginOnly: true });
  if (viewer instanceof Response) return viewer;
  return exportCompanies({ caller: viewer.caller, signal: request.signal });
}

export const GET = withRequestLog("companies-export", companiesCsv);
