import { DEFAULT_DORMANT_DAYS } from "@/lib/reports/access-review";
import { FilterError } from "@/lib/reports/ledger-filter";
import { jsonResponse } from "@/lib/server/http";
import { accessReport } from "@/lib/server/reports/access";
import { freshness } from "@/lib/server/reports/freshness";
import { reportHandler } from "@/lib/server/reports/handler";
import { cachedReport } from "@/lib/server/reports/result-cache";
import { storeNames } from "@/lib/server/reports/names";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

// GET /api/reports/access?dormant=30 → every teammate with sign-ins, access changes and flags.
async function handleGet(request: Request): Promise<Response> {
  return reportHandler(request, async (store, q) => {
    const dormantDays = Number(q.get("dormant") ?? DEFAULT_DORMANT_DAYS);
    if (!Number.isInteger(dormantDays) || dormantDays < 1 || dormantDays > 3650) throw new FilterError("dormant must be a whole number of days, 1 to 3650");
    const body = await cachedReport(store, `access?${dormantDays}`, async () => {
      const [rows, names, fresh] = await Promise.all([accessReport(store, dormantDays), storeNames(store), freshness(store, ["activity_logs", "admins"])]);
      return { dormantDays, rows, teams: names.teams, ...fresh };
    });
    return jsonResponse(body);
  });
}

export const GET = withRequestLog("reports-access", handleGet);
