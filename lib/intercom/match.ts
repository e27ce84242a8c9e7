import { ENDPOINTS, type EndpointId, type EndpointSpec, type QueryParam } from "./registry";

/**
 * Turns an incoming raw path and query into a validated endpoint call, or a precise refusal.
 * Works on the raw (still percent-encoded) path so an encoded slash can never become a separator.
 */

export interface MatchedCall {
  ok: true;
  id: EndpointId;
  spec: EndpointSpec;
  params: Record<string, string>;
  query: Record<string, string>;
  /** Path and query for the upstream, rebuilt from the template and validated values only. */
  upstreamPath: string;
}

export interface MatchFailure {
  ok: false;
  status: 400 | 404 | 405 | 414;
  code: "parameter_invalid" | "parameter_not_found" | "not_found" | "method_not_allowed" | "uri_too_long";
  message: string;
  field?: string;
  allow?: string[];
  /** Whether the path or the query string was at fault. */
  where?: "path" | "query";
}

export type MatchResult = MatchedCall | MatchFailure;

const MAX_PATH = 2048;
const MAX_SEGMENTS = 8;
/** Only unreserved characters are legal in a segment: no percent-encoding of any kind. */
const SAFE_SEGMENT = /^[A-Za-z0-9_\-~.]+$/;

interface CompiledTemplate {
  id: EndpointId;
  spec: EndpointSpec;
  parts: ({ literal: string } | { param: string; pattern: RegExp })[];
}

const TEMPLATES: CompiledTemplate[] = (Object.keys(ENDPOINTS) as EndpointId[]).map((id) => {
  const spec: EndpointSpec = ENDPOINTS[id];
  const parts = spec.path
    .split("/")
    .filter(Boolean)
    .map((segment) => {
      const m = /^\{(\w+)\}$/.exec(segment);
      if (!m) return { literal: segment };
      const name = m[1]!;
      const pattern = spec.params?.[name];
      if (!pattern) throw new Error(`registry: ${id} has no pattern for {${name}}`);
      return { param: name, pattern };
    });
  return { id, spec, parts };
});

const fail = (status: MatchFailure["status"], code: MatchFailure["code"], message: string, extra: Partial<MatchFailure> = {}): MatchFailure => ({
  ok: false,
  status,
  code,
  message,
  ...extra,
});

/** rawPath: the Intercom path as received, e.g. `/contacts/abc/tags`; rawSearch: `?a=b` or "". */
export function matchCall(method: string, rawPath: string, rawSearch: string): MatchResult {
  if (rawPath.length + rawSearch.length > MAX_PATH) return fail(414, "uri_too_long", "The request path is too long.");
  const segments = rawPath.split("/").slice(1);
  if (segments.length === 0 || (segments.length === 1 && segments[0] === "") || segments.length > MAX_SEGMENTS) return notA29Read(method, rawPath);
  for (const segment of segments) {
    if (segment === "" || segment === "." || segment === ".." || !SAFE_SEGMENT.test(segment)) {
      return fail(400, "parameter_invalid", "The path contains an empty, dot or encoded segment.");
    }
  }

  const sameShape = TEMPLATES.filter((t) => t.parts.length === segments.length && t.parts.every((p, i) => !("literal" in p) || p.literal === segments[i]));
  const fits = sameShape.filter((t) => t.parts.every((p, i) => "literal" in p || p.pattern.test(segments[i]!)));
  const shapeMatch = fits.find((t) => t.spec.method === method);
  if (!shapeMatch) {
    if (fits.length > 0) {
      const allow = [...new Set(fits.map((t) => t.spec.method))];
      return fail(405, "method_not_allowed", `Use ${allow.join(", ")} on this path; Lens is read-only.`, { allow });
    }
    // A write, or a newer version's endpoint (POST /companies/list): not a bad id, just not something Lens mirrors.
    const first = method === "GET" ? sameShape[0] : undefined;
    if (!first) return notA29Read(method, rawPath);
    const bad = first.parts.find((p, i) => "param" in p && !p.pattern.test(segments[i]!));
    const name = bad && "param" in bad ? bad.param : "id";
    return fail(400, "parameter_invalid", `The ${name} in the path is not a valid Intercom id.`, { field: name });
  }

  const { spec, id } = shapeMatch;
  const params: Record<string, string> = {};
  shapeMatch.parts.forEach((part, i) => {
    if ("param" in part) params[part.param] = segments[i]!;
  });

  const queryResult = validateQuery(spec, rawSearch);
  if (!queryResult.ok) return queryResult;

  const path = shapeMatch.parts.map((p) => ("literal" in p ? p.literal : encodeURIComponent(params[p.param]!))).join("/");
  const qs = new URLSearchParams(queryResult.query).toString();
  return { ok: true, id, spec, params, query: queryResult.query, upstreamPath: `/${path}${qs ? `?${qs}` : ""}` };
}

function notA29Read(method: string, rawPath: string): MatchFailure {
  return fail(
    404,
    "not_found",
    `${method} ${truncate(rawPath, 80)} is not an Intercom 2.9 read. Lens mirrors only API version 2.9's read-only endpoints (its GETs and the contact and conversation searches); it never writes.`,
  );
}

function validateQuery(spec: EndpointSpec, rawSearch: string): { ok: true; query: Record<string, string> } | MatchFailure {
  const allowed = spec.query ?? {};
  const query: Record<string, string> = Object.create(null);
  const search = new URLSearchParams(rawSearch.startsWith("?") ? rawSearch.slice(1) : rawSearch);
  for (const [key, value] of search) {
    if (!Object.hasOwn(allowed, key)) {
      return fail(400, "parameter_invalid", `Unknown query parameter "${truncate(key)}" for ${spec.path}.`, { field: truncate(key), where: "query" });
    }
    if (Object.hasOwn(query, key)) return fail(400, "parameter_invalid", `Query parameter "${key}" is repeated.`, { field: key, where: "query" });
    const problem = checkValue(allowed[key]!, value);
    if (problem) return fail(400, "parameter_invalid", `Query parameter "${key}" ${problem}.`, { field: key, where: "query" });
    // Numbers go upstream in their plain form (`010` → `10`).
    query[key] = allowed[key]!.type === "int" ? String(Number(value)) : value;
  }
  for (const key of spec.required ?? []) {
    if (!Object.hasOwn(query, key)) return fail(400, "parameter_not_found", `Query parameter "${key}" is required for ${spec.path}.`, { field: key, where: "query" });
  }
  for (const [key, value] of Object.entries(spec.fixed ?? {})) {
    if (query[key] !== value) return fail(400, "parameter_invalid", `Query parameter "${key}" must be "${value}".`, { field: key, where: "query" });
  }
  for (const group of spec.exactlyOne ?? []) {
    const present = group.filter((k) => Object.hasOwn(query, k));
    if (present.length !== 1) {
      return fail(400, "parameter_invalid", `Give exactly one of ${group.join(", ")}.`, { field: group.join("|"), where: "query" });
    }
  }
  return { ok: true, query: { ...query } };
}

function checkValue(param: QueryParam, value: string): string | null {
  switch (param.type) {
    case "int": {
      if (!/^[0-9]{1,9}$/.test(value)) return "must be a whole number";
      const n = Number(value);
      return n < param.min || n > param.max ? `must be between ${param.min} and ${param.max}` : null;
    }
    case "unix":
      return /^[0-9]{1,11}$/.test(value) ? null : "must be a UNIX timestamp in seconds";
    case "bool":
      return value === "true" || value === "false" ? null : 'must be "true" or "false"';
    case "enum":
      return param.values.includes(value) ? null : `must be one of ${param.values.join(", ")}`;
    case "string":
      if (value.length === 0 || value.length > param.maxLength) return `must be 1 to ${param.maxLength} characters`;
      return param.pattern.test(value) ? null : "has characters Intercom does not accept here";
  }
}

function truncate(s: string, max = 40): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** Fills a registry template; used by code that builds calls rather than receiving them. */
export function buildPath(id: EndpointId, params: Record<string, string> = {}, query: Record<string, string | number | boolean | undefined> = {}): string {
  const spec: EndpointSpec = ENDPOINTS[id];
  const path = spec.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  const qs = new URLSearchParams(
    Object.entries(query)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  ).toString();
  return qs ? `${path}?${qs}` : path;
}
