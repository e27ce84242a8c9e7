import type { EndpointId } from "@/lib/intercom/registry";
import type { SearchRequest } from "@/lib/intercom/search-body";
import type { ResponseOf } from "@/lib/intercom/types/endpoints";
import type { FakeWorkspace } from "./workspace/context";

/** The contract between the fake's router and its per-area route modules. */

export interface FakeContext {
  ws: FakeWorkspace;
  params: Record<string, string>;
  query: Record<string, string>;
  /** The validated search body, for the two search endpoints. */
  body?: SearchRequest;
}

type Failure = { status: number; json: ErrorList };
type Bytes = { status: number; bytes: Uint8Array; contentType: string };
interface ErrorList {
  type: "error.list";
  request_id: string;
  errors: { code: string; message: string }[];
}

export type FakeResult = { status: number; json: unknown } | Bytes;

export type FakeHandler = (ctx: FakeContext) => FakeResult | Promise<FakeResult>;

/** What an endpoint's handler may answer: the endpoint's declared response, an Intercom error, or bytes. */
export type AnswerOf<Id extends EndpointId> = { status: 200; json: ResponseOf<Id> } | Failure | Bytes;

/** An area's handlers, each checked against its endpoint's declared response type (lib/intercom/types/endpoints). */
export type AreaRoutes = { [Id in EndpointId]?: (ctx: FakeContext) => AnswerOf<Id> | Promise<AnswerOf<Id>> };

export function ok<T>(json: T): { status: 200; json: T } {
  return { status: 200, json };
}

export function intercomError(status: number, code: string, message: string): Failure {
  return { status, json: { type: "error.list", request_id: crypto.randomUUID(), errors: [{ code, message }] } };
}

export function notFound(code = "not_found", message = "Resource Not Found"): Failure {
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
