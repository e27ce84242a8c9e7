import "server-only";
import type { IntercomOAuthSettings } from "../env";
import { isAllowed, normaliseEmail, type AllowList } from "./allow-list";
import type { Identity } from "./identity";

/**
 * "Log in with Intercom": OAuth against the workspace Lens reads. Intercom's docs warn that /me must
 * show a verified email before a sign-in is accepted; Lens also requires the teammate's workspace
 * (app.id_code) to be the configured one and the email to be on the allow-list. The teammate's token is used for that one /me call and dropped.
 */

export function intercomAuthorizeUrl(settings: IntercomOAuthSettings, state: string, redirectUri: string): URL {
  const url = new URL(settings.authorizeUrl);
  url.searchParams.set("client_id", settings.clientId);
  url.searchParams.set("state", state);
  url.searchParams.set("redirect_uri", redirectUri);
  return url;
}

type Fetch = typeof fetch;

const TIMEOUT_MS = 10_000;

export async function finishIntercom(settings: IntercomOAuthSettings, apiBaseUrl: string, code: string, allow: AllowList, fetchImpl: Fetch = fetch): Promise<Identity> {
  let token: string;
  let me: Record<string, unknown>;
  try {
    const tokenRes = await fetchImpl(`${apiBaseUrl}/auth/eagle/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: new URLSearchParams({ code, client_id: settings.clientId, client_secret: settings.clientSecret }).toString(),
      redirect: "error",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!tokenRes.ok) return { ok: false, reason: "provider_error" };
    const tokenBody = (await tokenRes.json()) as { token?: unknown; access_token?: unknown };
    const t = tokenBody.access_token ?? tokenBody.token;
    if (typeof t !== "string" || !t) return { ok: false, reason: "provider_error" };
    token = t;
    const meRes = await fetchImpl(`${apiBaseUrl}/me`, {
      headers: { authorization: `Bearer ${token}`, accept: "application/json", "intercom-version": "2.9" },
      redirect: "error",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!meRes.ok) return { ok: false, reason: "provider_error" };
    me = (await meRes.json()) as Record<string, unknown>;
  } catch {
    return { ok: false, reason: "provider_error" };
  }
  return decideIntercom(me, settings.workspaceId, allow);
}

export function decideIntercom(me: Record<string, unknown>, workspaceId: string, allow: AllowList): Identity {
  const email = normaliseEmail(me.email);
  if (!email) return { ok: false, reason: "email_missing" };
  if (me.email_verified !== true) return { ok: false, reason: "email_unverified", email };
  const app = me.app as { id_code?: unknown } | null | undefined;
  if (!app || typeof app.id_code !== "string" || app.id_code !== workspaceId) return { ok: false, reason: "wrong_workspace", email };
  // Workspace membership alone is not enough: every teammate, whatever their Intercom permissions, is a member.
  if (!isAllowed(email, allow)) return { ok: false, reason: "not_allowed", email };
  return { ok: true, email, name: typeof me.name === "string" && me.name.trim() ? me.name.trim().slice(0, 120) : null };
}
