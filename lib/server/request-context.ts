import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { log } from "./log";

/**
 * The request id: taken from the load balancer's `x-request-id` when it looks like one, otherwise
 * made here (proxy.ts sets it on every request). It is in every log line about the request, in the
 * response's `x-request-id` header and in the `request_id` of Lens's error envelopes.
 */

export const REQUEST_ID_HEADER = "x-request-id";

const WELL_FORMED = /^[A-Za-z0-9._:-]{8,128}$/;
const storage = new AsyncLocalStorage<{ requestId: string }>();

export function requestIdFrom(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && WELL_FORMED.test(given) ? given : crypto.randomUUID();
}

/** The id of the request being handled, when inside withRequestLog. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/**
 * Wraps a route handler: runs it with the request id in context and writes one JSON line when it
 * answers (the route's name, never the path's ids or the query, which may hold customer details).
 */
export function withRequestLog<C extends unknown[]>(route: string, handler: (request: Request, ...context: C) => Response | Promise<Response>) {
  return async (request: Request, ...context: C): Promise<Response> => {
    const requestId = requestIdFrom(request.headers);
    const started = performance.now();
    return storage.run({ requestId }, async () => {
      let status = 500;
      try {
        const response = await handler(request, ...context);
        status = response.status;
        setRequestId(response, requestId);
        return response;
      } finally {
        const line = { msg: "request", requestId, method: request.method, route, status, ms: Math.round(performance.now() - started) };
        if (status >= 500) log.error(line);
        else log.info(line);
      }
    });
  };
}

function setRequestId(response: Response, requestId: string): void {
  try {
    if (!response.headers.has(REQUEST_ID_HEADER)) response.headers.set(REQUEST_ID_HEADER, requestId);
  } catch {
    // Response.redirect() has immutable headers; the id is still in the log line.
  }
}
