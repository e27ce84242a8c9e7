import "server-only";

/**
 * Defence in depth against cross-site requests that change or search data: SameSite=Lax already keeps
 * the session cookie off cross-site POSTs; this also refuses any request a browser marks as coming
 * from another origin. Requests without Origin (curl, server-to-server) carry no ambient browser
 * credentials worth forging, so they pass.
 */
export function isCrossSite(request: Request, expectedOrigin: string | null): boolean {
  // Browsers set Sec-Fetch-Site themselves and pages cannot forge it. It decides when present, because
  // with Referrer-Policy: no-referrer a same-origin form POST carries `Origin: null`.
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite !== "same-origin" && fetchSite !== "none";
  const origin = request.headers.get("origin");
  if (!origin) return false;
  if (origin === "null") return true;
  if (expectedOrigin) return origin !== expectedOrigin;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  const hosts = [request.headers.get("x-forwarded-host"), request.headers.get("host")].filter((h): h is string => Boolean(h));
  return !hosts.some((h) => h.split(",")[0]!.trim().toLowerCase() === originHost.toLowerCase());
}

export function isUnsafeMethod(method: string): boolean {
  return method !== "GET" && method !== "HEAD" && method !== "OPTIONS";
}

/**
 * Only a browser request from Lens's own pages: browsers set Sec-Fetch-Site themselves and pages
 * cannot forge it, while a link or image on another site arrives as `cross-site` or `same-site`.
 */
export function isSameOriginFetch(request: Request): boolean {
  return request.headers.get("sec-fetch-site") === "same-origin";
}
