import "server-only";
import { intercomSettings } from "../env";

/**
 * Who is looking. Every route handler and every server page asks here first; the sign-in issue
 * decides what a valid viewer is. Until sign-in exists, demo and live are both open.
 */
export interface Viewer {
  email: string | null;
  via: "demo" | "open";
}

/** For route handlers: a viewer, or the response to send instead. */
export async function requireApiViewer(request: Request): Promise<Viewer | Response> {
  void request;
  return { email: null, via: intercomSettings().mode === "demo" ? "demo" : "open" };
}

/** For server pages: a viewer, or a redirect to sign-in. */
export async function requirePageViewer(): Promise<Viewer> {
  return { email: null, via: intercomSettings().mode === "demo" ? "demo" : "open" };
}
