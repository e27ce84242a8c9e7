import "server-only";
import * as client from "openid-client";
import { isLoopbackHost, type OidcSettings } from "../env";
import { isAllowed, normaliseEmail, type AllowList } from "./allow-list";
import type { Identity } from "./identity";

/** OpenID Connect authorization-code flow with PKCE (S256), state and nonce, via openid-client. */

let discovered: { key: string; config: Promise<client.Configuration> } | undefined;

function configuration(settings: OidcSettings): Promise<client.Configuration> {
  const key = `${settings.issuer.href}|${settings.clientId}`;
  if (discovered?.key !== key) {
    const auth = settings.clientSecret ? client.ClientSecretPost(settings.clientSecret) : client.None();
    // Plain http is only ever allowed for an issuer on this machine (the offline test provider).
    const insecure = settings.issuer.protocol === "http:" && isLoopbackHost(settings.issuer.hostname);
    const config = client.discovery(settings.issuer, settings.clientId, undefined, auth, insecure ? { execute: [client.allowInsecureRequests] } : undefined);
    // A failed discovery (provider down) must not be cached forever.
    config.catch(() => {
      if (discovered?.config === config) discovered = undefined;
    });
    discovered = { key, config };
  }
  return discovered.config;
}

export interface OidcStart {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export async function startOidc(settings: OidcSettings, redirectUri: string): Promise<OidcStart> {
  const config = await configuration(settings);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: "openid email profile",
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  return { url, state, nonce, codeVerifier };
}

/**
 * Exchanges the code (checking state, PKCE and the ID token's nonce, issuer, audience and signature),
 * then decides on the email: it must be present, verified by the provider, and on the allow-list.
 */
export async function finishOidc(settings: OidcSettings, callbackUrl: URL, attempt: { state: string; nonce: string; codeVerifier: string }, allow: AllowList): Promise<Identity> {
  let config: client.Configuration;
  try {
    config = await configuration(settings);
  } catch (e) {
    console.error(JSON.stringify({ level: "error", msg: "oidc discovery failed", issuer: settings.issuer.origin, error: (e as Error)?.name }));
    return { ok: false, reason: "provider_unreachable" };
  }
  let claims: Record<string, unknown>;
  try {
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    claims = { ...(tokens.claims() ?? {}) };
    // Some providers leave email out of the ID token; the userinfo endpoint then has it.
    if (claims.email === undefined || claims.email_verified === undefined) {
      const info = await client.fetchUserInfo(config, tokens.access_token, String(claims.sub));
      claims = { ...info, ...claims, email: claims.email ?? info.email, email_verified: claims.email_verified ?? info.email_verified };
    }
  } catch (e) {
    // The error names the failed check (state, nonce, PKCE, signature); never log token material.
    console.warn(JSON.stringify({ level: "warn", msg: "oidc sign-in refused by protocol check", error: (e as Error)?.name, code: (e as { code?: unknown })?.code ?? null }));
    return { ok: false, reason: "provider_error" };
  }
  return decide(claims, allow, isGoogle(settings.issuer));
}

const GOOGLE_ISSUER = "https://accounts.google.com";

export function isGoogle(issuer: URL): boolean {
  return issuer.origin === GOOGLE_ISSUER;
}

/**
 * Who the claims name, and whether they may enter. With Google, anyone can make a personal Google
 * account on a work address and get `email_verified`, and keep it after leaving; only the `hd` claim
 * says the account belongs to the organisation's Workspace. So a domain on the allow-list lets a
 * Google account in only when its `hd` is that domain; an email listed one by one is let in as is.
 */
export function decide(claims: Record<string, unknown>, allow: AllowList, google: boolean): Identity {
  const email = normaliseEmail(claims.email);
  if (!email) return { ok: false, reason: "email_missing" };
  // Only a literal true counts: "true", 1 or a missing claim are not verification.
  if (claims.email_verified !== true) return { ok: false, reason: "email_unverified", email };
  if (!isAllowed(email, allow)) return { ok: false, reason: "not_allowed", email };
  if (google && !allow.allowedEmails.includes(email) && claims.hd !== email.slice(email.lastIndexOf("@") + 1)) return { ok: false, reason: "not_workspace_account", email };
  return { ok: true, email, name: typeof claims.name === "string" && claims.name.trim() ? claims.name.trim().slice(0, 120) : null };
}
