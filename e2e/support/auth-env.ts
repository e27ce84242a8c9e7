/** Ports, secrets and accounts of the sign-in rig: a local OpenID provider and Lens servers that require sign-in. */
import { PORTS as BASE_PORTS } from "./env";

const base = BASE_PORTS.app;

export const PORTS = {
  ...BASE_PORTS,
  /** Lens in live mode with OIDC sign-in. */
  auth: base + 2,
  /** Lens in live mode with sign-in half-configured: must serve nothing. */
  unconfigured: base + 3,
  oidc: BASE_PORTS.fake + 2,
} as const;

export const AUTH_URL = `http://127.0.0.1:${PORTS.auth}`;
export const UNCONFIGURED_URL = `http://127.0.0.1:${PORTS.unconfigured}`;
export const OIDC_URL = `http://127.0.0.1:${PORTS.oidc}`;

export const AUTH_CLIENT = { id: "lens-e2e", secret: "lens-e2e-client-secret-0b7f1c" } as const;

/** The session secret of the sign-in server: tests use it to forge expired and tampered cookies. */
export const AUTH_SESSION_SECRET = "lens-e2e-session-secret-4d2c9a61f08e7b35";

export const AUTH_ALLOWED_DOMAIN = "example.com";

/** Login names on the test provider's form. */
export const AUTH_ACCOUNTS = {
  ana: { email: "ana@example.com", verified: true, name: "Ana Souza" },
  eve: { email: "eve@elsewhere.io", verified: true, name: "Eve Outsider" },
  unverified: { email: "sam@example.com", verified: false, name: "Sam Unverified" },
} as const;

/** Small limiter for the burst test, so it needs few requests. */
export const AUTH_RATE_LIMIT = { perSecond: 5, burst: 10 } as const;
