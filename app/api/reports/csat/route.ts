import { parseLedgerFilter } from "@/lib/reports/ledger-filter";
import { jsonResponse } from "@/lib/server/http";
import { csatReport } from "@/lib/server/reports/csat";
import { freshness } from "@/lib/server/reports/freshness";
import { reportHandler } from "@/lib/server/reports/handler";
import { cachedReport } from "@/lib/server/reports/result-cache";
import { storeNames } from "@/lib/server/reports/names";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

// GET /api/reports/csat?from&to&team&admin → distribution, weekly trend, by team and teammate, low-rating queue.
async function handleGet(request: Request): Promise<Response> {
  return reportHandler(request, async (store, q) => {
    const filter = parseLedgerFilter(q);
    const body = await cachedReport(store, `csat?${q.toString()}`, async () => {
      const [report, names, fresh] = await Promise.all([csatReport(store, filter), storeNames(store), freshness(store, ["conversations", "admins"])]);
      return { ...report, names, ...fresh };
    });
    return jsonResponse(body);
  });
}

export const GET = withRequestLog("reports-csat", handleGet);
