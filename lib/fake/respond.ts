import type { SearchRequest } from "@/lib/intercom/search-body";
import type { FakeWorkspace } from "./workspace/context";

/** The contract between the fake's router and its per-area route modules. */

export interface FakeContext {
  ws: FakeWorkspace;
  params: Record<string, string>;
  query: Record<string, string>;
  /** The validated search body, for the two search endpoints. */
  body?: SearchRequest;
}

export type FakeResult = { status: number; json: unknown } | { status: number; bytes: Uint8Array; contentType: string };

export type FakeHandler = (ctx: FakeContext) => FakeResult | Promise<FakeResult>;

export function ok(json: unknown): FakeResult {
  return { status: 200, json };
}

export function intercomError(status: number, code: string, message: string): FakeResult {
  return { status, json: { type: "error.list", request_id: crypto.randomUUID(), errors: [{ code, message }] } };
}

export function notFound(code = "not_found", message = "Resource Not Found"): FakeResult {
  return intercomError(404, code, message);
}

/** Thrown by shared helpers (e.g. a cursor that does not decode); the router answers it as a 400. */
export class FakeBadRequest extends Error {
  constructor(
    message: string,
    readonly code = "parameter_invalid",
  ) {
    super(message);
    this.name = "FakeBadRequest";
  }
}
