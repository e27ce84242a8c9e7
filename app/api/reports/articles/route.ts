import { FilterError } from "@/lib/reports/ledger-filter";
import { jsonResponse } from "@/lib/server/http";
import { articleHistoryReport } from "@/lib/server/reports/articles";
import { ensureDemoArticleHistory } from "@/lib/server/reports/demo-articles";
import { freshness } from "@/lib/server/reports/freshness";
import { reportHandler } from "@/lib/server/reports/handler";
import { cachedReport } from "@/lib/server/reports/result-cache";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

// GET /api/reports/articles?day= → daily views/conversations/reactions, movers, falling views, rising sadness.
async function handleGet(request: Request): Promise<Response> {
  return reportHandler(request, async (store, q) => {
    const day = q.get("day");
    if (day !== null && !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new FilterError("day must be a date like 2026-11-24");
    await ensureDemoArticleHistory(store);
    const body = await cachedReport(store, `articles?${day ?? ""}`, async () => {
      const [report, fresh] = await Promise.all([articleHistoryReport(store, day), freshness(store, ["articles"])]);
      return { ...report, ...fresh };
    });
    return jsonResponse(body);
  });
}

export const GET = withRequestLog("reports-articles", handleGet);
