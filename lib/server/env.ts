import "server-only";

/** The one place Lens reads its settings. Read lazily so importing never throws. */

export type Region = "us" | "eu" | "au";

const REGION_HOSTS: Record<Region, string> = {
  us: "https://api.intercom.io",
  eu: "https://api.eu.intercom.io",
  au: "https://api.au.intercom.io",
};

export interface IntercomSettings {
  mode: "demo" | "live";
  token: string | null;
  baseUrl: string;
  region: Region;
  timeoutMs: number;
  cacheTtlMs: number;
  fakeScale: "default" | "large";
}

function intFrom(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : fallback;
}

export function intercomSettings(): IntercomSettings {
  const token = process.env.INTERCOM_ACCESS_TOKEN?.trim() || null;
  const regionRaw = (process.env.INTERCOM_REGION ?? "us").toLowerCase();
  const region: Region = regionRaw === "eu" || regionRaw === "au" ? regionRaw : "us";
  const override = process.env.INTERCOM_API_BASE_URL?.trim();
  return {
    mode: token ? "live" : "demo",
    token,
    baseUrl: (override || REGION_HOSTS[region]).replace(/\/+$/, ""),
    region,
    timeoutMs: intFrom("INTERCOM_TIMEOUT_MS", 10_000, 100, 60_000),
    cacheTtlMs: intFrom("LENS_CACHE_TTL_MS", 30_000, 0, 3_600_000),
    fakeScale: process.env.LENS_FAKE_SCALE === "large" ? "large" : "default",
  };
}

/** Whether a reverse proxy in front of Lens may be believed about the client (`X-Forwarded-For`, `X-Forwarded-Host`). */
export function trustProxy(): boolean {
  const raw = text("LENS_TRUST_PROXY").toLowerCase();
  return raw === "1" || raw === "true";
}

/**
 * Why INTERCOM_API_BASE_URL cannot be used, or null. The token travels in its Authorization header,
 * so anything but https would send it in clear; plain http is accepted only on this machine (tests).
 */
export function apiBaseUrlProblem(): string | null {
  const raw = text("INTERCOM_API_BASE_URL");
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "INTERCOM_API_BASE_URL is not a URL: set it to https://… or leave it empty to use INTERCOM_REGION.";
  }
  if (url.protocol === "https:" || (url.protocol === "http:" && isLoopbackHost(url.hostname))) return null;
  return "INTERCOM_API_BASE_URL must use https:// (plain http is accepted only for localhost): the access token would travel in clear.";
}

/** LENS_PUBLIC_URL when it is a usable URL: the one host Lens answers for. */
export function publicUrl(): URL | null {
  const raw = text("LENS_PUBLIC_URL");
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}

/* ---------- Sign-in ---------- */

export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string | null;
  /** The provider's name on the sign-in button, e.g. "Google Workspace". */
  label: string;
}

export interface IntercomOAuthSettings {
  clientId: string;
  clientSecret: string;
  /** The workspace (app id_code) a teammate must belong to. */
  workspaceId: string;
  authorizeUrl: URL;
}

export type AuthSettings =
  | { kind: "none"; publicUrl: URL }
  | { kind: "unconfigured"; problems: string[] }
  | {
      kind: "signin";
      publicUrl: URL;
      sessionSecret: string;
      /** Absolute lifetime of a sign-in, at most 24 h. */
      sessionTtlSeconds: number;
      /** A session unused this long ends. */
      sessionIdleSeconds: number;
      secureCookies: boolean;
      allowedEmails: string[];
      allowedDomains: string[];
      oidc: OidcSettings | null;
      intercom: IntercomOAuthSettings | null;
    };

const MIN_SECRET_LENGTH = 32;
const MAX_SESSION_HOURS = 24;

function listFrom(name: string): string[] {
  return (process.env[name] ?? "")
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase().replace(/^@/, ""))
    .filter(Boolean);
}

function text(name: string): string {
  return process.env[name]?.trim() ?? "";
}

export function isLoopbackHost(hostname: string): boolean {
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]" || hostname.endsWith(".localhost");
}

function urlFrom(name: string, problems: string[], what: string): URL | null {
  const raw = text(name);
  if (!raw) {
    problems.push(`Set ${name} to ${what}.`);
    return null;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`${name} is not a URL: set it to ${what}.`);
    return null;
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopbackHost(url.hostname))) {
    problems.push(`${name} must use https:// (plain http is accepted only for localhost).`);
    return null;
  }
  return url;
}

/**
 * Who may sign in, and how. Live mode needs either a complete sign-in setup or an explicit
 * LENS_AUTH=none; anything in between is "unconfigured" and Lens then serves no data at all.
 */
export function authSettings(): AuthSettings {
  const mode = text("LENS_AUTH").toLowerCase();
  const problems: string[] = [];
  const baseUrlProblem = apiBaseUrlProblem();
  if (baseUrlProblem) problems.push(baseUrlProblem);
  if (mode === "none") {
    // Without a fixed host, DNS rebinding lets any website read an open Lens through a browser on the same network.
    const open = urlFrom("LENS_PUBLIC_URL", problems, "the address people open Lens at, e.g. https://lens.internal.example.com: with LENS_AUTH=none Lens answers only requests for that host");
    return open && problems.length === 0 ? { kind: "none", publicUrl: open } : { kind: "unconfigured", problems };
  }
  if (mode && mode !== "oidc" && mode !== "intercom") problems.push(`LENS_AUTH is "${mode}": leave it empty to sign in, or set it to none to turn sign-in off.`);

  const publicUrl = urlFrom("LENS_PUBLIC_URL", problems, "the address people open Lens at, e.g. https://lens.example.com (sign-in redirects come back there)");
  const sessionSecret = text("LENS_SESSION_SECRET");
  if (sessionSecret.length < MIN_SECRET_LENGTH) problems.push(`Set LENS_SESSION_SECRET to a random string of at least ${MIN_SECRET_LENGTH} characters (e.g. \`openssl rand -base64 48\`).`);

  const allowedEmails = listFrom("LENS_ALLOWED_EMAILS");
  const allowedDomains = listFrom("LENS_ALLOWED_DOMAINS");

  let oidc: OidcSettings | null = null;
  const wantsOidc = Boolean(text("LENS_OIDC_ISSUER") || text("LENS_OIDC_CLIENT_ID"));
  if (wantsOidc) {
    const issuer = urlFrom("LENS_OIDC_ISSUER", problems, "your identity provider's issuer URL, e.g. https://accounts.google.com");
    const clientId = text("LENS_OIDC_CLIENT_ID");
    if (!clientId) problems.push("Set LENS_OIDC_CLIENT_ID to the client id of the app registered at your identity provider.");
    if (allowedEmails.length === 0 && allowedDomains.length === 0) {
      problems.push("Set LENS_ALLOWED_EMAILS (e.g. ana@example.com,li@example.com) and/or LENS_ALLOWED_DOMAINS (e.g. example.com): without them nobody may sign in.");
    }
    if (issuer && clientId) oidc = { issuer, clientId, clientSecret: text("LENS_OIDC_CLIENT_SECRET") || null, label: text("LENS_OIDC_NAME") || issuer.hostname };
  }

  let intercom: IntercomOAuthSettings | null = null;
  const wantsIntercom = Boolean(text("LENS_INTERCOM_CLIENT_ID") || text("LENS_INTERCOM_CLIENT_SECRET"));
  if (wantsIntercom) {
    const clientId = text("LENS_INTERCOM_CLIENT_ID");
    const clientSecret = text("LENS_INTERCOM_CLIENT_SECRET");
    const workspaceId = text("LENS_INTERCOM_WORKSPACE_ID");
    if (!clientId) problems.push("Set LENS_INTERCOM_CLIENT_ID to the client id of your Intercom app (Developer Hub → Authentication).");
    if (!clientSecret) problems.push("Set LENS_INTERCOM_CLIENT_SECRET to the client secret of your Intercom app.");
    if (!workspaceId) problems.push("Set LENS_INTERCOM_WORKSPACE_ID to your workspace id (the app id_code in Intercom's URLs): only its teammates may sign in.");
    if (allowedEmails.length === 0 && allowedDomains.length === 0) {
      problems.push(
        "Set LENS_ALLOWED_EMAILS and/or LENS_ALLOWED_DOMAINS for Log in with Intercom: without them every teammate of the workspace, whatever their Intercom permissions, could read the audit log and export every company.",
      );
    }
    let authorizeUrl: URL | null = new URL("https://app.intercom.com/oauth");
    if (text("LENS_INTERCOM_OAUTH_URL")) authorizeUrl = urlFrom("LENS_INTERCOM_OAUTH_URL", problems, "Intercom's authorize page");
    if (clientId && clientSecret && workspaceId && authorizeUrl) intercom = { clientId, clientSecret, workspaceId, authorizeUrl };
  }

  if (!wantsOidc && !wantsIntercom) {
    problems.push(
      "Configure a sign-in provider: LENS_OIDC_ISSUER, LENS_OIDC_CLIENT_ID and LENS_OIDC_CLIENT_SECRET (Google Workspace, Okta, Entra, Keycloak…), and/or LENS_INTERCOM_CLIENT_ID, LENS_INTERCOM_CLIENT_SECRET and LENS_INTERCOM_WORKSPACE_ID for “Log in with Intercom”.",
    );
    problems.push("Or, if Lens sits behind your own identity-aware proxy, set LENS_AUTH=none.");
  }

  if (problems.length > 0 || !publicUrl) return { kind: "unconfigured", problems };
  return {
    kind: "signin",
    publicUrl,
    sessionSecret,
    sessionTtlSeconds: intFrom("LENS_SESSION_HOURS", 8, 1, MAX_SESSION_HOURS) * 3600,
    sessionIdleSeconds: intFrom("LENS_SESSION_IDLE_MINUTES", 60, 5, MAX_SESSION_HOURS * 60) * 60,
    secureCookies: publicUrl.protocol === "https:",
    allowedEmails,
    allowedDomains,
    oidc,
    intercom,
  };
}

/* ---------- Abuse limits ---------- */

export interface LimitSettings {
  /** Per-session requests per second on /api/*; 0 turns the limiter off. */
  sessionPerSecond: number;
  sessionBurst: number;
  /** Share of Intercom's rate limit Lens may use, 0–1. */
  upstreamShare: number;
  /** Intercom's per-10-second limit assumed until a response says otherwise. */
  upstreamAssumedLimit: number;
  /** Longest a call waits its turn under the share before Lens answers 503 with Retry-After. */
  upstreamMaxWaitMs: number;
}

export function limitSettings(): LimitSettings {
  const share = Number(process.env.LENS_UPSTREAM_SHARE ?? "");
  return {
    sessionPerSecond: intFrom("LENS_RATE_LIMIT_PER_SECOND", 10, 0, 10_000),
    sessionBurst: intFrom("LENS_RATE_LIMIT_BURST", 20, 1, 100_000),
    upstreamShare: Number.isFinite(share) && share > 0 && share <= 1 ? share : 0.5,
    upstreamAssumedLimit: intFrom("LENS_UPSTREAM_LIMIT", 166, 1, 100_000),
    upstreamMaxWaitMs: intFrom("LENS_UPSTREAM_MAX_WAIT_MS", 5_000, 100, 60_000),
  };
}

/* ---------- Shared state between instances ---------- */

export interface SharedStateSettings {
  /** Redis that instances share; null keeps every bit of state in this process. */
  redisUrl: string | null;
  /** Instances expected behind the load balancer: each takes budget ÷ this while Redis is down. */
  instances: number;
}

export function sharedStateSettings(): SharedStateSettings {
  return { redisUrl: text("REDIS_URL") || null, instances: intFrom("LENS_INSTANCES", 1, 1, 1_000) };
}

/* ---------- Memory ---------- */

/**
 * Bytes the response cache may hold. The default leaves the cache well inside the heap `npm start`
 * gives Lens (see README, "Memory"): bodies are Buffers, outside the V8 heap but inside RSS.
 */
export function cacheMaxBytes(): number {
  return intFrom("LENS_CACHE_MAX_MB", DEFAULT_CACHE_MAX_MB, 1, 4_096) * 1024 * 1024;
}

export const DEFAULT_CACHE_MAX_MB = 48;
