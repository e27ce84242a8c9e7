import { parseLedgerFilter, parseLedgerSort } from "@/lib/reports/ledger-filter";
import { ledgerCsv } from "@/lib/reports/ledger-csv";
import { ledgerPage } from "@/lib/server/reports/facts";
import { reportHandler } from "@/lib/server/reports/handler";
import { storeNames } from "@/lib/server/reports/names";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

const CHUNK = 5_000;

// GET /api/reports/conversations/export?filters…&sort&dir → every matching row as CSV, streamed in chunks.
async function handleGet(request: Request): Promise<Response> {
  return reportHandler(request, async (store, q) => {
    const filter = parseLedgerFilter(q);
    const sort = parseLedgerSort(q);
    const names = await storeNames(store);
    const encoder = new TextEncoder();
    let offset = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(ledgerCsv([], names, true)));
      },
      async pull(controller) {
        const rows = await ledgerPage(store, filter, sort, offset, CHUNK);
        if (rows.length) controller.enqueue(encoder.encode(ledgerCsv(rows, names, false)));
        offset += rows.length;
        if (rows.length < CHUNK) controller.close();
      },
    });
    const stamp = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="lens-conversations-${stamp}.csv"`, "cache-control": "no-store" },
    });
  });
}

export const GET = withRequestLog("reports-conversations-export", handleGet);
