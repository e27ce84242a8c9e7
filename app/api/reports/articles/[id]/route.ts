import { errorResponse, jsonResponse } from "@/lib/server/http";
import { articleSeries } from "@/lib/server/reports/articles";
import { ensureDemoArticleHistory } from "@/lib/server/reports/demo-articles";
import { freshness } from "@/lib/server/reports/freshness";
import { reportHandler } from "@/lib/server/reports/handler";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

// GET /api/reports/articles/{id} → one article's daily history.
async function handleGet(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!/^[0-9]{1,20}$/.test(id)) return errorResponse(400, "parameter_invalid", "article id must be numeric", { field: "id" });
  return reportHandler(request, async (store) => {
    await ensureDemoArticleHistory(store);
    const [series, fresh] = await Promise.all([articleSeries(store, id), freshness(store, ["articles"])]);
    return jsonResponse({ ...series, ...fresh });
  });
}

export const GET = withRequestLog("reports-article", handleGet);
