import "server-only";
import { companiesToCsv } from "@/lib/companies/companies-csv";
import { isErrorEnvelope } from "@/lib/intercom/errors";
import { buildPath } from "@/lib/intercom/match";
import type { Company, CompanyScroll } from "@/lib/intercom/types/customers";
import { requireApiViewer } from "@/lib/server/auth/guard";
import { errorResponse } from "@/lib/server/http";
import { callIntercom, UpstreamFailure } from "@/lib/server/intercom/client";
import { withRequestLog } from "@/lib/server/request-context";

/**
 * GET /api/companies/export — every company as CSV, walked through GET /companies/scroll.
 * Intercom allows one open scroll per workspace and expires it after a minute unused, so the walk
 * runs here in one go and any collision is reported in plain words.
 */

const MAX_PAGES = 5_000;

async function exportCompanies(request: Request): Promise<Response> {
  const viewer = await requireApiViewer(request);
  if (viewer instanceof Response) return viewer;

  const companies: Company[] = [];
  let scrollParam: string | undefined;
  try {
    for (let page = 0; page < MAX_PAGES; page++) {
      const res = await callIntercom({ path: buildPath("companies.scroll", {}, { scroll_param: scrollParam }), ttlMs: 0 });
      if (res.status !== 200) return scrollError(res.status, res.json, scrollParam !== undefined);
      const body = res.json as CompanyScroll;
      if (!body.data?.length) {
        const date = new Date().toISOString().slice(0, 10);
        return new Response(companiesToCsv(companies), {
          headers: {
            "content-type": "text/csv; charset=utf-8",
            "content-disposition": `attachment; filename="companies-${date}.csv"`,
            "cache-control": "no-store",
            "x-lens-row-count": String(companies.length),
          },
        });
      }
      companies.push(...body.data);
      scrollParam = body.scroll_param ?? undefined;
      if (!scrollParam) return errorResponse(502, "upstream_bad_response", "Intercom's company scroll did not return a scroll_param to continue with.");
    }
    return errorResponse(502, "export_too_large", `Stopped after ${MAX_PAGES} pages of companies.`);
  } catch (e) {
    if (e instanceof UpstreamFailure) return errorResponse(e.kind === "timeout" ? 504 : 502, `upstream_${e.kind}`, e.message);
    throw e;
  }
}

function scrollError(status: number, json: unknown, midway: boolean): Response {
  const upstream = isErrorEnvelope(json) ? json.errors[0] : undefined;
  const requestId = isErrorEnvelope(json) ? (json.request_id ?? undefined) : undefined;
  if (status === 401) return errorResponse(502, "upstream_unauthorized", "Intercom rejected Lens's access token. Check INTERCOM_ACCESS_TOKEN and INTERCOM_REGION.", { requestId });
  if (status === 400 && /scroll/i.test(`${upstream?.code} ${upstream?.message}`) && !midway) {
    return errorResponse(
      409,
      "scroll_exists",
      "Another export of companies is already running in this workspace (Intercom allows one at a time, for instance a data sync or a second Lens tab). It frees up a minute after its last use: try again then.",
      { requestId },
    );
  }
  if (midway && (status === 404 || status === 400 || status >= 500)) {
    return errorResponse(502, "scroll_expired", "Intercom ended the company scroll part-way (it expires after a minute unused or on a network error). Start the export again.", { requestId });
  }
  return errorResponse(status >= 500 ? 502 : status, upstream?.code ?? "upstream_error", upstream?.message ?? `Intercom answered ${status}.`, { requestId });
}

export const GET = withRequestLog("companies-export", exportCompanies);
