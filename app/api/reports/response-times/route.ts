import { GROUPINGS, responseTimes, type Grouping } from "@/lib/reports/response-times";
import { FilterError, parseLedgerFilter } from "@/lib/reports/ledger-filter";
import { jsonResponse } from "@/lib/server/http";
import { selectFacts } from "@/lib/server/reports/facts";
import { freshness } from "@/lib/server/reports/freshness";
import { reportHandler } from "@/lib/server/reports/handler";
import { cachedReport } from "@/lib/server/reports/result-cache";
import { storeNames } from "@/lib/server/reports/names";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

// GET /api/reports/response-times?group=week|team|admin|tag&from&to&team&admin&tag…
async function handleGet(request: Request): Promise<Response> {
  return reportHandler(request, async (store, q) => {
    const group = (q.get("group") ?? "week") as Grouping;
    if (!GROUPINGS.includes(group)) throw new FilterError(`group must be one of ${GROUPINGS.join(", ")}`);
    const filter = parseLedgerFilter(q);
    const body = await cachedReport(store, `response-times?${q.toString()}`, async () => {
      const [facts, names, fresh] = await Promise.all([selectFacts(store, filter), storeNames(store), freshness(store, ["conversations", "admins"])]);
      return { group, conversations: facts.length, groups: responseTimes(facts, group), names, ...fresh };
    });
    return jsonResponse(body);
  });
}

export const GET = withRequestLog("reports-response-times", handleGet);
