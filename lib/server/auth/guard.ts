import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { authSettings, intercomSettings } from "../env";
import { errorResponse } from "../http";
import { clientAddress } from "../client-address";
import { chargeCaller } from "../rate-limit/session-limiter";
import { logAccess } from "./access-log";
import { isAllowed } from "./allow-list";
import { misdirected } from "./host-check";
import { PATH_HEADER } from "./path-header";
import { revocationList } from "./revocation";
import { isCrossSite, isSameOriginFetch, isUnsafeMethod } from "./same-origin";
import { openSession, readCookie, sessionCookieName, type Session } from "./session";

/**
 * Who is looking. Every route handler and every server page asks here first: this, not proxy.ts,
 * is what keeps customer data behind sign-in. Demo mode is open; live mode needs a valid session,
 * or LENS_AUTH=none; live mode with sign-in half-configured serves nothing.
 */
export interface Viewer {
  email: string | null;
  name?: string | null;
  via: "demo" | "open" | "session";
  /** Whom limits and the upstream queue count this request against: the session, or without sign-in the client address. */
  caller?: string;
}

type Access = { kind: "open"; viewer: Viewer } | { kind: "unconfigured" } | { kind: "signin"; settings: Extract<ReturnType<typeof authSettings>, { kind: "signin" }> };

function access(): Access {
  if (intercomSettings().mode === "demo") return { kind: "open", viewer: { email: null, via: "demo" } };
  const settings = authSettings();
  if (settings.kind === "none") return { kind: "open", viewer: { email: null, via: "open" } };
  if (settings.kind === "unconfigured") return { kind: "unconfigured" };
  return { kind: "signin", settings };
}

/**
 * A session counts while it is unexpired, not idle too long, not signed out, and its email is on the
 * allow-list today: removing someone from the list ends their sessions.
 */
async function validSession(cookieValue: string | undefined, settings: Extract<Access, { kind: "signin" }>["settings"]): Promise<Session | null> {
  const session = await openSession(cookieValue, settings);
  if (!session || !isAllowed(session.email, settings)) return null;
  return (await revocationList().isRevoked(session.sid)) ? null : session;
}

function viewerOf(session: Session): Viewer {
  return { email: session.email, name: session.name, via: "session" };
}

export interface ApiGuardOptions {
  /**
   * For GETs that cost many upstream calls (export, insights, lookups): only Lens's own pages may
   * start them, so a link on another site cannot spend the workspace's budget with the reader's cookie.
   */
  sameOriginOnly?: boolean;
}

/** For route handlers: a viewer, or the response to send instead (401, 403, 421, 429 or 503, in Intercom's envelope). */
export async function requireApiViewer(request: Request, options: ApiGuardOptions = {}): Promise<Viewer | Response> {
  // proxy.ts answers 421 first; repeated here because proxy.ts is not the guard.
  const wrongHost = misdirected(request);
  if (wrongHost) return wrongHost;
  if (options.sameOriginOnly && !isSameOriginFetch(request)) {
    return errorResponse(403, "action_forbidden", "Lens starts this only from its own pages (the request must carry Sec-Fetch-Site: same-origin).");
  }
  const a = access();
  if (a.kind === "unconfigured") {
    return errorResponse(503, "auth_not_configured", "Lens is in live mode but sign-in is not configured, so it serves no data. Open Lens in a browser to see which settings to add.");
  }
  if (a.kind === "open") {
    if (a.viewer.via === "open" && isUnsafeMethod(request.method) && isCrossSite(request, null)) return crossSite();
    const caller = `addr:${clientAddress(request)}`;
    const limited = await chargeCaller(caller);
    if (limited) return limited;
    return { ...a.viewer, caller };
  }
  const session = await validSession(readCookie(request.headers.get("cookie"), sessionCookieName(a.settings.secureCookies)), a.settings);
  if (!session) return errorResponse(401, "unauthorized", "Sign in to Lens to see this.", { headers: { "www-authenticate": 'Cookie realm="Lens"' } });
  if (isUnsafeMethod(request.method) && isCrossSite(request, a.settings.publicUrl.origin)) return crossSite();
  const caller = `session:${session.sid}`;
  const limited = await chargeCaller(caller);
  if (limited) return limited;
  logAccess(request, session);
  return { ...viewerOf(session), caller };
}

function crossSite(): Response {
  return errorResponse(403, "action_forbidden", "Lens refuses requests that another site started.");
}

/** For server pages: a viewer, or a redirect to sign-in (or to the setup page when sign-in is not configured). */
export async function requirePageViewer(): Promise<Viewer> {
  const a = access();
  if (a.kind === "open") return a.viewer;
  if (a.kind === "unconfigured") redirect("/setup");
  const session = await validSession((await cookies()).get(sessionCookieName(a.settings.secureCookies))?.value, a.settings);
  if (session) return viewerOf(session);
  const path = (await headers()).get(PATH_HEADER);
  redirect(path && path !== "/" ? `/login?next=${encodeURIComponent(path)}` : "/login");
}

/** For the layout and the sign-in pages: the viewer if there is one, without redirecting. */
export async function currentViewer(): Promise<Viewer | null> {
  const a = access();
  if (a.kind === "open") return a.viewer;
  if (a.kind === "unconfigured") return null;
  const session = await validSession((await cookies()).get(sessionCookieName(a.settings.secureCookies))?.value, a.settings);
  return session ? viewerOf(session) : null;
}

/** What the sign-in page needs to know; never a secret. */
export function signInOptions(): { kind: "open" | "unconfigured" | "signin"; oidcLabel: string | null; intercom: boolean } {
  const a = access();
  if (a.kind !== "signin") return { kind: a.kind, oidcLabel: null, intercom: false };
  return { kind: "signin", oidcLabel: a.settings.oidc?.label ?? null, intercom: a.settings.intercom !== null };
}
