import { jsonResponse } from "@/lib/server/http";
import { articleHistoryReport } from "@/lib/server/reports/articles";
import { ensureDemoArticleHistory } from "@/lib/server/reports/demo-articles";
import { freshness } from "@/lib/server/reports/freshness";
import { reportHandler } from "@/lib/server/reports/handler";

export const dynamic = "force-dynamic";

// GET /api/reports/articles → daily views/conversations/reactions, movers, falling views, rising sadness.
export async function GET(request: Request): Promise<Response> {
  return reportHandler(request, async (store) => {
    await ensureDemoArticleHistory(store);
    const [report, fresh] = await Promise.all([articleHistoryReport(store), freshness(store, ["articles"])]);
    return jsonResponse({ ...report, ...fresh });
  });
}
