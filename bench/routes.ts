/**
 * What the bench visits, in one place: adjust here when a page's URL or its "loading" markers change.
 * `{contact}`, `{conversation}` and `{longConversation}` are filled from the fake workspace (targets.ts).
 */

/** Pages whose first and repeat views are counted against the upstream budget, in this order. */
export const MAIN_PAGES = [
  "/",
  "/admins",
  "/teams",
  "/audit",
  "/contacts",
  "/contacts/{contact}",
  "/companies",
  "/conversations",
  "/conversations/{conversation}",
  "/help-center",
  "/articles",
  "/articles/insights",
  "/news",
] as const;

/** The audit page's 90-day view: the range preset lives in the URL (lib/audit/range.ts PRESETS). */
export const AUDIT_90_DAYS = "/audit?range=90d";

/** Pages timed in Chromium against the fake with upstream latency (LCP, TBT). */
export const PAGE_SPEED_PAGES = [
  { name: "Overview", path: "/" },
  { name: "Contacts", path: "/contacts" },
  { name: "Contact", path: "/contacts/{contact}" },
  { name: "Companies", path: "/companies" },
  { name: "Conversations", path: "/conversations" },
  { name: "Conversation, 500+ parts", path: "/conversations/{longConversation}" },
  { name: "News", path: "/news" },
  { name: "Audit, 90 days", path: AUDIT_90_DAYS },
  { name: "Article insights", path: "/articles/insights" },
] as const;

/** The only routes allowed to load charting code (Recharts). Matched as path prefixes. */
export const CHART_ROUTES = ["/audit", "/articles/insights", "/admins/"] as const;

/**
 * While any of these is inside <main>, the page's content has not arrived yet: skeletons, loading
 * statuses, busy regions and progress bars (the audit page walks its range with one).
 */
export const BUSY_SELECTOR = '.animate-pulse, [role="status"][aria-label="Loading"], [aria-busy="true"], [role="progressbar"]';

/** The large-workspace contacts list, and how many rows it must hold before scrolling is timed. */
export const LARGE_CONTACTS = { path: "/contacts", rows: 10_000, loadMore: /load more|show more/i } as const;

export interface RouteIds {
  contact?: string;
  conversation?: string;
  longConversation?: string;
}

/** Fills the placeholders; null when an id could not be found (its API is not built yet). */
export function resolvePath(template: string, ids: RouteIds): string | null {
  let missing = false;
  const path = template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const id = ids[key as keyof RouteIds];
    if (!id) missing = true;
    return id ? encodeURIComponent(id) : "";
  });
  return missing ? null : path;
}

export function isChartRoute(path: string): boolean {
  const pathname = path.split("?")[0] as string;
  return CHART_ROUTES.some((prefix) => (prefix.endsWith("/") ? pathname.startsWith(prefix) : pathname === prefix || pathname.startsWith(`${prefix}/`)));
}
