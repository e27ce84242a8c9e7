import { isErrorEnvelope } from "@/lib/intercom/errors";
import { requireApiViewer } from "@/lib/server/auth/guard";
import { errorResponse } from "@/lib/server/http";
import { UpstreamFailure } from "@/lib/server/intercom/client";
import { failureResponse } from "@/lib/server/intercom/proxy";
import { firstArticlePage, gatherArticleInsights, InsightsListError } from "@/lib/server/insights/articles";
import { chargeCaller } from "@/lib/server/rate-limit/session-limiter";
import type { InsightsEvent } from "@/lib/articles/insights-types";
import { withRequestLog } from "@/lib/server/request-context";

/**
 * GET /api/insights/articles: every article's statistics, streamed as NDJSON. Progress lines come
 * while articles are fetched and the result comes last, so the page shows a live progress bar from
 * a single request: no job store on the server, nothing to poll, and closing the tab stops the
 * upstream calls.
 */

export const dynamic = "force-dynamic";

async function articleInsights(request: Request): Promise<Response> {
  const viewer = await requireApiViewer(request, { sameOriginOnly: true });
  if (viewer instanceof Response) return viewer;

  let first;
  try {
    first = await firstArticlePage(viewer.caller);
  } catch (e) {
    if (e instanceof InsightsListError) {
      if (e.status === 401) return errorResponse(502, "upstream_unauthorized", "Intercom rejected Lens's access token. Check INTERCOM_ACCESS_TOKEN and INTERCOM_REGION.");
      const upstream = isErrorEnvelope(e.body) ? e.body.errors[0] : undefined;
      const status = e.status >= 500 ? 502 : e.status;
      return errorResponse(status, upstream?.code ?? "upstream_error", upstream?.message ?? `Intercom answered ${e.status} when listing articles.`);
    }
    if (e instanceof UpstreamFailure) return failureResponse(e);
    throw e;
  }
  // One call per article not cached: charged before they are made, so one person cannot spend the workspace's budget.
  const caller = viewer.caller;
  const charge = caller ? async (cost: number) => (await chargeCaller(caller, cost)) === null : undefined;

  const abort = new AbortController();
  request.signal.addEventListener("abort", () => abort.abort(), { once: true });
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const emit = (event: InsightsEvent) => {
        if (!abort.signal.aborted) controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      };
      try {
        emit(await gatherArticleInsights(first, emit, abort.signal, { caller, charge }));
        controller.close();
      } catch (e) {
        console.error(JSON.stringify({ level: "error", msg: "article insights failed", error: String((e as Error)?.name) }));
        controller.error(e);
      }
    },
    cancel() {
      abort.abort();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" },
  });
}

export const GET = withRequestLog("article-insights", articleInsights);
