import "server-only";
import { parseAuditQuery, type AuditQuery } from "@/lib/audit/query";
import { requireApiViewer } from "@/lib/server/auth/guard";
import { errorResponse } from "@/lib/server/http";
import { UpstreamFailure } from "@/lib/server/intercom/client";
import { getStore, StoreUnavailable } from "@/lib/server/store";
import type { AuditSource } from "./audit";
import { LiveReadError } from "./live-part";

/**
 * What the three audit routes share: sign-in, a strict query (400 naming the parameter), the
 * store (503 when it is down) and faults of the live part in Intercom's error envelope.
 */
export async function withAuditQuery(request: Request, handle: (src: AuditSource, q: AuditQuery, params: URLSearchParams) => Promise<Response>): Promise<Response> {
  const viewer = await requireApiViewer(request);
  if (viewer instanceof Response) return viewer;
  const params = new URL(request.url).searchParams;
  const parsed = parseAuditQuery(params, Math.floor(Date.now() / 1000));
  if (!parsed.ok) return errorResponse(400, "parameter_invalid", parsed.message, { field: parsed.field });
  try {
    return await handle({ store: await getStore() }, parsed.query, params);
  } catch (e) {
    return auditFailure(e);
  }
}

export function auditFailure(e: unknown): Response {
  if (e instanceof StoreUnavailable) return errorResponse(503, "store_unavailable", e.message, { headers: { "retry-after": "5" } });
  if (e instanceof UpstreamFailure) return errorResponse(e.kind === "timeout" ? 504 : 502, `upstream_${e.kind}`, `Reading the part of the range Lens has not synced yet: ${e.message}`);
  if (e instanceof LiveReadError) {
    if (e.status === 401) return errorResponse(502, "upstream_unauthorized", "Intercom rejected Lens's access token. Check INTERCOM_ACCESS_TOKEN and INTERCOM_REGION.");
    if (e.status === 429)
      return errorResponse(503, "upstream_rate_limited", "Intercom is rate-limiting Lens; the part of the range not synced yet could not be read. Try again in a minute.", {
        headers: { "retry-after": "60" },
      });
    const upstream = e.body && typeof e.body === "object" && "errors" in e.body ? (e.body as { errors: { code: string; message: string | null }[] }).errors[0] : undefined;
    return errorResponse(e.status >= 500 ? 502 : e.status, upstream?.code ?? "upstream_error", upstream?.message ?? e.message);
  }
  // Anything else came from the store's queries (a dropped connection, a locked file): say so, never the stack.
  console.error(JSON.stringify({ level: "error", msg: "audit store query failed", error: (e as Error)?.message ?? String(e) }));
  return errorResponse(503, "store_unavailable", "Lens's store did not answer the audit query. Try again in a moment; /api/health reports the store.", { headers: { "retry-after": "5" } });
}
