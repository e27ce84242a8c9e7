import { parseLedgerFilter, parseLedgerSort, FilterError } from "@/lib/reports/ledger-filter";
import { jsonResponse } from "@/lib/server/http";
import { countFacts, ledgerPage } from "@/lib/server/reports/facts";
import { freshness } from "@/lib/server/reports/freshness";
import { reportHandler } from "@/lib/server/reports/handler";
import { storeNames } from "@/lib/server/reports/names";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

const MAX_LIMIT = 500;

// GET /api/reports/conversations?filters…&sort&dir&offset&limit → one page of the ledger and the total.
async function handleGet(request: Request): Promise<Response> {
  return reportHandler(request, async (store, q) => {
    const filter = parseLedgerFilter(q);
    const sort = parseLedgerSort(q);
    const offset = Number(q.get("offset") ?? 0);
    const limit = Number(q.get("limit") ?? 200);
    if (!Number.isInteger(offset) || offset < 0) throw new FilterError("offset must be a whole number from 0");
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new FilterError(`limit must be 1 to ${MAX_LIMIT}`);
    const [total, rows, names, fresh] = await Promise.all([
      countFacts(store, filter),
      ledgerPage(store, filter, sort, offset, limit),
      storeNames(store),
      freshness(store, ["conversations", "admins"]),
    ]);
    return jsonResponse({ total, offset, rows, names, ...fresh });
  });
}

export const GET = withRequestLog("reports-conversations", handleGet);
