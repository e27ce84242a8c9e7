/**
 * Intercom's search request: `{ query, pagination? }` where query is a filter or an AND/OR group.
 * Validation rebuilds the body from known keys only, so nothing unexpected is forwarded.
 */

export const SEARCH_OPERATORS = ["=", "!=", "IN", "NIN", ">", "<", ">=", "<=", "~", "!~", "^", "$"] as const;
export type SearchOperator = (typeof SEARCH_OPERATORS)[number];

export type SearchValue = string | number | boolean | null | string[] | number[];

export interface SearchFilter {
  field: string;
  operator: SearchOperator;
  value: SearchValue;
}

export interface SearchGroup {
  operator: "AND" | "OR";
  value: (SearchFilter | SearchGroup)[];
}

export type SearchQuery = SearchFilter | SearchGroup;

export interface SearchRequest {
  query: SearchQuery;
  pagination?: { per_page?: number; starting_after?: string };
}

export const MAX_SEARCH_BODY_BYTES = 64 * 1024;
const MAX_GROUP_SIZE = 15;
/** Intercom allows two levels of nesting: a group of groups of filters. */
const MAX_GROUP_DEPTH = 2;
const FIELD = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;

export type SearchValidation = { ok: true; body: SearchRequest } | { ok: false; message: string; field?: string };

export function isSearchGroup(q: SearchQuery): q is SearchGroup {
  return q.operator === "AND" || q.operator === "OR";
}

export function validateSearchBody(raw: unknown): SearchValidation {
  if (!isPlainObject(raw)) return { ok: false, message: "The search body must be a JSON object." };
  for (const key of Object.keys(raw)) {
    if (key !== "query" && key !== "pagination") return { ok: false, message: `Unknown search key "${key.slice(0, 40)}".`, field: key.slice(0, 40) };
  }
  if (!("query" in raw)) return { ok: false, message: "The search body needs a query.", field: "query" };
  let query: SearchQuery;
  try {
    query = readQuery(raw.query, 0);
  } catch (e) {
    return { ok: false, message: (e as Error).message, field: "query" };
  }
  const body: SearchRequest = { query };
  if (raw.pagination !== undefined) {
    const p = raw.pagination;
    if (!isPlainObject(p)) return { ok: false, message: "pagination must be an object.", field: "pagination" };
    const out: { per_page?: number; starting_after?: string } = {};
    for (const [key, value] of Object.entries(p)) {
      if (key === "per_page") {
        if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 150) {
          return { ok: false, message: "pagination.per_page must be a whole number from 1 to 150.", field: "pagination.per_page" };
        }
        out.per_page = value;
      } else if (key === "starting_after") {
        if (value === null) continue;
        if (typeof value !== "string" || !/^[A-Za-z0-9_\-=+/.]{1,512}$/.test(value)) {
          return { ok: false, message: "pagination.starting_after is not a valid cursor.", field: "pagination.starting_after" };
        }
        out.starting_after = value;
      } else {
        return { ok: false, message: `Unknown pagination key "${key.slice(0, 40)}".`, field: "pagination" };
      }
    }
    body.pagination = out;
  }
  return { ok: true, body };
}

function readQuery(raw: unknown, depth: number): SearchQuery {
  if (!isPlainObject(raw)) throw new Error("Each query must be a filter or an AND/OR group.");
  const op = raw.operator;
  if (op === "AND" || op === "OR") {
    if (depth >= MAX_GROUP_DEPTH) throw new Error("Searches nest at most two levels deep.");
    for (const key of Object.keys(raw)) if (key !== "operator" && key !== "value") throw new Error(`Unknown key "${key.slice(0, 40)}" in a group.`);
    if (!Array.isArray(raw.value) || raw.value.length === 0) throw new Error(`An ${op} group needs a list of filters.`);
    if (raw.value.length > MAX_GROUP_SIZE) throw new Error(`An ${op} group holds at most ${MAX_GROUP_SIZE} filters.`);
    return { operator: op, value: raw.value.map((v) => readQuery(v, depth + 1)) };
  }
  for (const key of Object.keys(raw)) if (key !== "field" && key !== "operator" && key !== "value") throw new Error(`Unknown key "${key.slice(0, 40)}" in a filter.`);
  if (typeof raw.field !== "string" || raw.field.length > 128 || !FIELD.test(raw.field)) throw new Error("A filter needs a field name.");
  if (typeof op !== "string" || !(SEARCH_OPERATORS as readonly string[]).includes(op)) throw new Error(`Unknown operator "${String(op).slice(0, 10)}".`);
  const value = readValue(raw.value, op as SearchOperator);
  return { field: raw.field, operator: op as SearchOperator, value };
}

function readValue(v: unknown, op: SearchOperator): SearchValue {
  if (op === "IN" || op === "NIN") {
    if (!Array.isArray(v) || v.length > 500) throw new Error(`${op} takes a list of values.`);
    if (v.every((x) => typeof x === "string" && x.length <= 1024)) return v as string[];
    if (v.every((x) => typeof x === "number" && Number.isFinite(x))) return v as number[];
    throw new Error(`${op} takes a list of strings or of numbers.`);
  }
  if (v === null || typeof v === "boolean") return v;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.length <= 1024) return v;
  throw new Error("A filter value must be a string, number, boolean or null.");
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}
