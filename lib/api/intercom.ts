import { apiErrorFrom, ApiError } from "./api-error";
import type { SearchRequest } from "@/lib/intercom/search-body";

/** Browser-side reads through Lens's `/api/intercom` mirror. Never holds a token. */

export type QueryValue = string | number | boolean | undefined | null;

export function proxyUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== "") qs.set(k, String(v));
  const s = qs.toString();
  return `/api/intercom${path}${s ? `?${s}` : ""}`;
}

async function readJson<T>(res: Response): Promise<T> {
  if (!res.ok) throw await apiErrorFrom(res);
  try {
    return (await res.json()) as T;
  } catch {
    throw new ApiError(res.status, "bad_response", "Lens sent a response that is not valid JSON.", null);
  }
}

export async function intercomGet<T>(path: string, query: Record<string, QueryValue> = {}, signal?: AbortSignal): Promise<T> {
  return readJson<T>(await fetch(proxyUrl(path, query), { signal, headers: { accept: "application/json" } }));
}

export async function intercomSearch<T>(path: "/contacts/search" | "/conversations/search", body: SearchRequest, signal?: AbortSignal): Promise<T> {
  return readJson<T>(
    await fetch(proxyUrl(path), { method: "POST", signal, headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(body) }),
  );
}

/** Lens's own endpoints (`/api/insights/*` …), same error envelope. */
export async function lensGet<T>(path: string, query: Record<string, QueryValue> = {}, signal?: AbortSignal): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== "") qs.set(k, String(v));
  const s = qs.toString();
  return readJson<T>(await fetch(`${path}${s ? `?${s}` : ""}`, { signal, headers: { accept: "application/json" } }));
}

/**
 * Intercom's link-style `pages.next` is an absolute Intercom URL; keep its path and query and read
 * it through the mirror.
 */
export function nextLinkToProxyPath(next: string | null | undefined): string | null {
  if (!next) return null;
  try {
    const u = new URL(next);
    return `/api/intercom${u.pathname}${u.search}`;
  } catch {
    return null;
  }
}
