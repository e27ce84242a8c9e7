import "server-only";
import { matchCall } from "@/lib/intercom/match";
import { MAX_SEARCH_BODY_BYTES, validateSearchBody } from "@/lib/intercom/search-body";
import { errorResponse } from "../http";
import { log } from "../log";
import { currentRequestId } from "../request-context";
import { callIntercom, streamIntercom, UpstreamFailure, type UpstreamResponse } from "./client";

/** `/api/intercom/<path>`: the same path, query and JSON body as Intercom, for allow-listed calls only. */

export const PROXY_PREFIX = "/api/intercom";

const FAILURE_STATUS: Record<UpstreamFailure["kind"], { status: number; code: string }> = {
  timeout: { status: 504, code: "upstream_timeout" },
  unreachable: { status: 502, code: "upstream_unreachable" },
  bad_response: { status: 502, code: "upstream_bad_response" },
  too_large: { status: 502, code: "upstream_too_large" },
  redirect: { status: 502, code: "upstream_redirect" },
  busy: { status: 503, code: "upstream_busy" },
};

export async function proxyIntercom(request: Request, caller?: string): Promise<Response> {
  const requestId = currentRequestId() ?? crypto.randomUUID();
  const url = new URL(request.url);
  // A dot-segment (`%2e%2e`) is resolved by the URL parser before we see it; what climbed out of
  // the mirror is not a mirror path.
  if (!url.pathname.startsWith(`${PROXY_PREFIX}/`)) return errorResponse(404, "not_found", "Lens does not serve this Intercom path.", { requestId });
  const match = matchCall(request.method, url.pathname.slice(PROXY_PREFIX.length), url.search);
  if (!match.ok) {
    return errorResponse(match.status, match.code, match.message, {
      requestId,
      field: match.field,
      headers: match.allow ? { allow: match.allow.join(", ") } : {},
    });
  }
  if (match.spec.serverOnly) {
    return errorResponse(404, "not_found", "Lens does not pass this Intercom endpoint on; use the company export (/api/companies/export) instead.", { requestId });
  }

  let body: string | undefined;
  if (match.spec.search) {
    const read = await readSearchBody(request);
    if (typeof read !== "string") return errorResponse(read.status, "parameter_invalid", read.message, { requestId, field: read.field });
    body = read;
  }

  try {
    if (match.spec.binary) return await proxyDownload(match.upstreamPath, requestId);
    const res = await callIntercom({ method: match.spec.method, path: match.upstreamPath, body, ttlMs: match.spec.ttlMs, caller });
    return mirror(res, requestId);
  } catch (e) {
    if (e instanceof UpstreamFailure) {
      log.warn({ msg: "intercom upstream failure", kind: e.kind, endpoint: match.id, requestId });
      return failureResponse(e, requestId);
    }
    log.error({ msg: "proxy error", endpoint: match.id, requestId, error: String((e as Error)?.name) });
    return errorResponse(500, "server_error", "Lens could not complete this request.", { requestId });
  }
}

/** A deadline miss, dropped connection, bad body or redirect, as the status and code Lens answers with. */
export function failureResponse(e: UpstreamFailure, requestId: string = currentRequestId() ?? crypto.randomUUID()): Response {
  const { status, code } = FAILURE_STATUS[e.kind];
  const headers: Record<string, string> = e.retryAfterMs === undefined ? {} : { "retry-after": String(Math.max(1, Math.ceil(e.retryAfterMs / 1000))) };
  return errorResponse(status, code, e.message, { requestId, headers });
}

/** Intercom's answer as Lens passes it on: the body as-is, except a token refusal and outages. */
export function mirror(res: UpstreamResponse, requestId: string = currentRequestId() ?? crypto.randomUUID()): Response {
  if (res.status === 401) {
    return errorResponse(502, "upstream_unauthorized", "Intercom rejected Lens's access token. Check INTERCOM_ACCESS_TOKEN and INTERCOM_REGION.", {
      requestId,
      headers: res.rateLimit,
    });
  }
  if (res.status >= 500) {
    return errorResponse(502, "upstream_unavailable", `Intercom answered ${res.status}. Try again shortly.`, { requestId, headers: res.rateLimit });
  }
  return new Response(res.text, {
    status: res.status,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      ...res.rateLimit,
    },
  });
}

async function proxyDownload(path: string, requestId: string): Promise<Response> {
  const res = await streamIntercom(path);
  if (res.status !== 200) {
    const text = await new Response(res.body).text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return errorResponse(502, "upstream_bad_response", `Intercom answered ${res.status} without a readable error.`, { requestId });
    }
    return mirror({ status: res.status, rateLimit: res.rateLimit, text: JSON.stringify(json) }, requestId);
  }
  return new Response(res.body, {
    status: 200,
    headers: {
      "content-type": "application/octet-stream",
      "content-disposition": `attachment; filename="${path.split("/").pop()}.csv.gz"`,
      "cache-control": "no-store",
      ...res.rateLimit,
    },
  });
}

type BodyProblem = { status: 400 | 413; message: string; field?: string };

async function readSearchBody(request: Request): Promise<string | BodyProblem> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_SEARCH_BODY_BYTES) return { status: 400, message: "The search body is larger than 64 KB." };
  if (!request.body) return { status: 400, message: "The search needs a JSON body." };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_SEARCH_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      return { status: 400, message: "The search body is larger than 64 KB." };
    }
    chunks.push(value);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return { status: 400, message: "The search body is not valid JSON." };
  }
  const result = validateSearchBody(parsed);
  if (!result.ok) return { status: 400, message: result.message, field: result.field };
  return JSON.stringify(result.body);
}
