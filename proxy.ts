import { NextResponse, type NextRequest } from "next/server";
import { misdirected } from "@/lib/server/auth/host-check";
import { pagePath, PATH_HEADER } from "@/lib/server/auth/path-header";
import { sessionCookieName } from "@/lib/server/auth/session";
import { seenSessionCookie } from "@/lib/server/auth/session-activity";
import { contentSecurityPolicy, createNonce, securityHeaders } from "@/lib/server/auth/security-headers";
import { authSettings, intercomSettings } from "@/lib/server/env";
import { errorResponse } from "@/lib/server/http";
import { log } from "@/lib/server/log";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/server/request-context";

/**
 * Runs before every page and API request. It answers 421 for another host, refuses a malformed
 * percent-encoding in the mirror's path, sets the security headers (with a per-request CSP nonce), keeps a
 * session's idle clock current, and sends people without any session cookie to /login early. It
 * is NOT the guard: a matcher change or a framework bypass must not expose data, so every page and
 * route handler checks the session itself (lib/server/auth/guard.ts). This only saves a round of
 * rendering.
 */

// The app icon and manifest (public/) load before sign-in: the browser asks for them on the login page.
const OPEN_PATHS = ["/login", "/setup", "/api/", "/_next/", "/favicon.ico", "/icon.svg", "/icon-192.png", "/icon-512.png", "/apple-touch-icon.png", "/manifest.webmanifest"];

function isPagePath(pathname: string): boolean {
  return !OPEN_PATHS.some((p) => pathname === p || pathname.startsWith(p.endsWith("/") ? p : `${p}/`) || pathname.startsWith(`${p}.`));
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const nonce = createNonce();
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", https });
  const requestId = requestIdFrom(request.headers);
  // Route handlers log their own line with the status; pages are logged here (path only: a query may hold customer details).
  if (!pathname.startsWith("/api/")) log.info({ msg: "page request", requestId, method: request.method, path: pathname });

  const early = misdirected(request) ?? malformedProxyPath(pathname, requestId) ?? earlyRedirect(request, pathname);
  const response: Response = early ?? NextResponse.next({ request: { headers: forwardedHeaders(request, csp, requestId) } });
  for (const [name, value] of Object.entries(securityHeaders(csp, https))) response.headers.set(name, value);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  // Not on sign-in and sign-out: their own answers set or clear the cookie.
  if (!early && !pathname.startsWith("/api/auth/")) {
    const seen = await seenSessionCookie(request.headers.get("cookie"));
    if (seen) response.headers.append("set-cookie", seen);
  }
  return response;
}

function forwardedHeaders(request: NextRequest, csp: string, requestId: string): Headers {
  const headers = new Headers(request.headers);
  // Never let a client-sent internal header through (CVE-2025-29927's header among them).
  headers.delete("x-middleware-subrequest");
  headers.set("content-security-policy", csp);
  headers.set(REQUEST_ID_HEADER, requestId);
  headers.set(PATH_HEADER, pagePath(request.nextUrl));
  return headers;
}

/**
 * Next decodes catch-all segments before the route handler runs and answers a bad UTF-8 escape
 * (`%C0%AF`) with its own 500; refuse it here with the proxy's 400 envelope instead.
 */
function malformedProxyPath(pathname: string, requestId: string): Response | null {
  if (!pathname.startsWith("/api/intercom/")) return null;
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    return errorResponse(400, "parameter_invalid", "The path contains an invalid percent-encoding.", { requestId });
  }
}

function earlyRedirect(request: NextRequest, pathname: string): NextResponse | null {
  if (!isPagePath(pathname) || intercomSettings().mode === "demo") return null;
  const settings = authSettings();
  if (settings.kind === "none") return null;
  if (settings.kind === "unconfigured") return NextResponse.redirect(new URL("/setup", request.url), 307);
  if (request.cookies.has(sessionCookieName(settings.secureCookies))) return null;
  const login = new URL("/login", request.url);
  const back = pagePath(request.nextUrl);
  if (back !== "/") login.searchParams.set("next", back);
  return NextResponse.redirect(login, 307);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
