/**
 * Security headers for every Lens response. The CSP carries a fresh nonce per request: Next reads it
 * from the request's Content-Security-Policy header and stamps it on its own scripts, so no inline
 * script without it runs.
 *
 * style-src keeps 'unsafe-inline' on purpose: React server-renders `style` attributes (chart sizes,
 * virtualised rows) that a nonce cannot cover. Scripts never get it. img-src allows https: because
 * teammate and contact avatars come from Intercom's and Gravatar's CDNs; images inside customer
 * messages are held back by the sanitiser until someone clicks to show them.
 */

export interface CspOptions {
  nonce: string;
  /** `next dev` needs eval for React's debugging aids; production never does. */
  dev: boolean;
  /** Served over https: then also upgrade stray http subresources. */
  https: boolean;
}

export function contentSecurityPolicy({ nonce, dev, https }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

export function securityHeaders(csp: string, https: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    "content-security-policy": csp,
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "permissions-policy": PERMISSIONS_POLICY,
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
  };
  if (https) headers["strict-transport-security"] = "max-age=63072000; includeSubDomains";
  return headers;
}

/** 128 random bits, base64: unguessable and fresh for every response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}
