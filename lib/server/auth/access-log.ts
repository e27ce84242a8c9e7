import "server-only";
import { matchCall } from "@/lib/intercom/match";

/**
 * One JSON line per signed-in request for customer data, so lookups can be audited: who, when,
 * which endpoint and which record. Never the query string (it can hold emails), a body, a cookie or a token.
 */

export interface AccessLine {
  level: "info";
  msg: "data access";
  at: string;
  user: string;
  session: string;
  method: string;
  endpoint: string;
  id: string | null;
}

const PROXY_PREFIX = "/api/intercom";

export function accessLine(request: Request, user: { email: string; sid: string }, now = new Date()): AccessLine {
  const url = new URL(request.url);
  let endpoint = url.pathname;
  let id: string | null = null;
  if (url.pathname.startsWith(`${PROXY_PREFIX}/`)) {
    const path = url.pathname.slice(PROXY_PREFIX.length);
    // The query only helps endpoints with required parameters match; the line never carries it.
    let match = matchCall(request.method, path, url.search);
    if (!match.ok) match = matchCall(request.method, path, "");
    if (match.ok) {
      endpoint = `intercom:${match.id}`;
      const values = Object.values(match.params);
      id = values.length > 0 ? values.join("/") : null;
    }
  } else {
    id = url.searchParams.get("id");
  }
  return {
    level: "info",
    msg: "data access",
    at: now.toISOString(),
    user: user.email,
    // A short prefix is enough to tie lines of one session together without logging the whole id.
    session: user.sid.slice(0, 8),
    method: request.method,
    endpoint,
    id,
  };
}

export function logAccess(request: Request, user: { email: string; sid: string }): void {
  console.info(JSON.stringify(accessLine(request, user)));
}
