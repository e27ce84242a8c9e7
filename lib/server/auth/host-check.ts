import "server-only";
import { publicUrl, trustProxy } from "../env";
import { errorResponse } from "../http";

/**
 * With LENS_PUBLIC_URL set, Lens answers only requests addressed to that host. A page on another
 * site can point its own DNS name at Lens's address (DNS rebinding) and then read Lens through a
 * browser on the same network; the Host header still names the attacker's domain, so it gets 421.
 * Probes (/api/health) stay reachable by address.
 */

const PROBE_PATHS = ["/api/health"];

function isProbe(pathname: string): boolean {
  return PROBE_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

const DEFAULT_PORT: Record<string, string> = { "http:": "80", "https:": "443" };

/** `host[:port]` in lower case, with the scheme's default port dropped so `lens.example.com:443` equals `lens.example.com`. */
function normalHost(host: string, protocol: string): string {
  const h = host.trim().toLowerCase();
  const port = DEFAULT_PORT[protocol];
  return port && h.endsWith(`:${port}`) ? h.slice(0, -(port.length + 1)) : h;
}

/** The host the client asked for: X-Forwarded-Host (its first value) only when a trusted proxy set it. */
export function requestedHost(headers: Headers, trust: boolean): string {
  const forwarded = trust ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return forwarded || headers.get("host") || "";
}

export function isExpectedHost(headers: Headers, pathname: string, expected: URL | null, trust: boolean): boolean {
  if (!expected || isProbe(pathname)) return true;
  return normalHost(requestedHost(headers, trust), expected.protocol) === normalHost(expected.host, expected.protocol);
}

/** The 421 to send when the request is for another host, else null. */
export function misdirected(request: Request): Response | null {
  const expected = publicUrl();
  if (isExpectedHost(request.headers, new URL(request.url).pathname, expected, trustProxy())) return null;
  return errorResponse(421, "misdirected_request", `This Lens answers only at ${expected!.host} (LENS_PUBLIC_URL); the request was addressed to another host.`);
}
