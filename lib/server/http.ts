import "server-only";
import { errorEnvelope } from "@/lib/intercom/errors";
import { currentRequestId } from "./request-context";

/** JSON responses for Lens's own API routes: never cached, errors in Intercom's envelope. */

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

export function errorResponse(status: number, code: string, message: string, opts: { requestId?: string; field?: string; headers?: Record<string, string> } = {}): Response {
  return jsonResponse(errorEnvelope(code, message, opts.requestId ?? currentRequestId() ?? crypto.randomUUID(), opts.field), status, opts.headers);
}
