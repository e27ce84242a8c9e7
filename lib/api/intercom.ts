import { buildPath } from "@/lib/intercom/match";
import { ENDPOINTS, type EndpointId } from "@/lib/intercom/registry";
import type { SearchRequest } from "@/lib/intercom/search-body";
import type { GetEndpointId, ParamsOf, QueryValue, ResponseOf, SearchEndpointId } from "@/lib/intercom/types/endpoints";
import { apiErrorFrom, ApiError } from "./api-error";

/**
 * Reads Intercom by endpoint id and typed parameters. Paths come only from the registry's
 * templates (`buildPath`). In the browser a call goes through Lens's `/api/intercom` mirror and never
 * holds a token; on the server (prefetching a page's first screen) the same call goes through the
 * transport `lib/server/prefetch` installs, so one set of query options serves both.
 */

export interface IntercomCall {
  id: EndpointId;
  method: "GET" | "POST";
  /** Intercom path and query, from the registry's template. */
  path: string;
  body?: string;
}

/** Answers a call with the parsed JSON, or throws an ApiError carrying Intercom's envelope. */
export type IntercomTransport = (call: IntercomCall, signal?: AbortSignal) => Promise<unknown>;

const SERVER_TRANSPORT = Symbol.for("lens.intercom.server-transport");

/** Installed once by the server; the browser bundle never sets it. */
export function installServerTransport(transport: IntercomTransport): void {
  (globalThis as Record<symbol, unknown>)[SERVER_TRANSPORT] = transport;
}

function transport(): IntercomTransport {
  const server = typeof window === "undefined" ? ((globalThis as Record<symbol, unknown>)[SERVER_TRANSPORT] as IntercomTransport | undefined) : undefined;
  return server ?? viaMirror;
}

async function viaMirror(call: IntercomCall, signal?: AbortSignal): Promise<unknown> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (call.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`/api/intercom${call.path}`, { method: call.method, signal, headers, body: call.body });
  return readJson(res);
}

async function readJson(res: Response): Promise<unknown> {
  if (!res.ok) throw await apiErrorFrom(res);
  try {
    return await res.json();
  } catch {
    throw new ApiError(res.status, "bad_response", "Lens sent a response that is not valid JSON.", null);
  }
}

/** Splits one parameter object into the template's placeholders and the query, dropping empty values. */
export function intercomPath<Id extends EndpointId>(id: Id, params: ParamsOf<Id>): string {
  const placeholders = new Set(Array.from(ENDPOINTS[id].path.matchAll(/\{(\w+)\}/g), (m) => m[1]));
  const pathParams: Record<string, string> = {};
  const query: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(params as Record<string, QueryValue>)) {
    if (placeholders.has(name)) pathParams[name] = String(value);
    else if (value !== undefined && value !== null && value !== "") query[name] = value;
  }
  return buildPath(id, pathParams, query);
}

export async function intercomGet<Id extends GetEndpointId>(id: Id, params: ParamsOf<Id>, signal?: AbortSignal): Promise<ResponseOf<Id>> {
  return (await transport()({ id, method: "GET", path: intercomPath(id, params) }, signal)) as ResponseOf<Id>;
}

export async function intercomSearch<Id extends SearchEndpointId>(id: Id, body: SearchRequest, signal?: AbortSignal): Promise<ResponseOf<Id>> {
  return (await transport()({ id, method: "POST", path: intercomPath(id, {} as ParamsOf<Id>), body: JSON.stringify(body) }, signal)) as ResponseOf<Id>;
}

/** The mirror's address of an endpoint, for what the browser opens itself (a download link). */
export function intercomHref<Id extends EndpointId>(id: Id, params: ParamsOf<Id>): string {
  return `/api/intercom${intercomPath(id, params)}`;
}

/** Lens's own endpoints (`/api/insights/*` …), same error envelope. */
export async function lensGet<T>(path: string, query: Record<string, QueryValue> = {}, signal?: AbortSignal): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== "") qs.set(k, String(v));
  const s = qs.toString();
  return readJson(await fetch(`${path}${s ? `?${s}` : ""}`, { signal, headers: { accept: "application/json" } })) as Promise<T>;
}
