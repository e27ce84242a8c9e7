import { requireApiViewer } from "@/lib/server/auth/guard";
import { errorResponse, jsonResponse } from "@/lib/server/http";
import { UpstreamFailure } from "@/lib/server/intercom/client";
import { failureResponse, mirror } from "@/lib/server/intercom/proxy";
import { companyNames, LookupRefused, parseCompanyIds, uncachedCount } from "@/lib/server/lookup/company-names";
import { chargeCaller } from "@/lib/server/rate-limit/session-limiter";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

// GET /api/lookup/company-names?ids=a,b,c → {"names": {"a": "Acme", "b": null}}
async function lookupCompanyNames(request: Request): Promise<Response> {
  const viewer = await requireApiViewer(request, { sameOriginOnly: true });
  if (viewer instanceof Response) return viewer;
  let ids: string[];
  try {
    ids = parseCompanyIds(new URL(request.url).searchParams.get("ids"));
  } catch (e) {
    if (e instanceof LookupRefused) return errorResponse(400, "parameter_invalid", e.message, { field: "ids" });
    throw e;
  }
  // The request itself was charged one; each id Intercom must be asked about costs one more.
  const limited = viewer.caller ? await chargeCaller(viewer.caller, await uncachedCount(ids)) : null;
  if (limited) return limited;
  try {
    const result = await companyNames(ids, viewer.caller);
    return "names" in result ? jsonResponse(result) : mirror(result.refused);
  } catch (e) {
    if (e instanceof UpstreamFailure) return failureResponse(e);
    throw e;
  }
}

export const GET = withRequestLog("company-names", lookupCompanyNames);
