import { isSearchGroup, type SearchFilter, type SearchQuery } from "@/lib/intercom/search-body";

/**
 * Evaluates Intercom's search query language against one record. `get` reads a (dotted) field
 * and may return an array for multi-valued fields such as tag_ids or contact_ids.
 */
export function matchesQuery(query: SearchQuery, get: (field: string) => unknown): boolean {
  if (isSearchGroup(query)) {
    return query.operator === "AND" ? query.value.every((q) => matchesQuery(q, get)) : query.value.some((q) => matchesQuery(q, get));
  }
  return matchesFilter(query, get(query.field));
}

function norm(v: unknown): string {
  return v === null || v === undefined ? "" : String(v).toLowerCase();
}

function matchesFilter(filter: SearchFilter, actual: unknown): boolean {
  const values = Array.isArray(actual) ? actual : [actual];
  const { operator, value } = filter;
  const any = (test: (v: unknown) => boolean) => values.some(test);
  switch (operator) {
    case "=":
      return value === null ? values.every((v) => v === null || v === undefined) : any((v) => norm(v) === norm(value));
    case "!=":
      return value === null ? any((v) => v !== null && v !== undefined) : !any((v) => norm(v) === norm(value));
    case "IN":
      return Array.isArray(value) && any((v) => (value as unknown[]).some((x) => norm(x) === norm(v)));
    case "NIN":
      return Array.isArray(value) && !any((v) => (value as unknown[]).some((x) => norm(x) === norm(v)));
    case ">":
      return any((v) => v !== null && v !== undefined && Number(v) > Number(value));
    case "<":
      return any((v) => v !== null && v !== undefined && Number(v) < Number(value));
    case ">=":
      return any((v) => v !== null && v !== undefined && Number(v) >= Number(value));
    case "<=":
      return any((v) => v !== null && v !== undefined && Number(v) <= Number(value));
    case "~":
      return any((v) => norm(v).includes(norm(value)));
    case "!~":
      return !any((v) => norm(v).includes(norm(value)));
    case "^":
      return any((v) => norm(v).startsWith(norm(value)));
    case "$":
      return any((v) => norm(v).endsWith(norm(value)));
  }
}

/** Reads `a.b.c` from a nested record. */
export function readPath(record: unknown, field: string): unknown {
  let cur: unknown = record;
  for (const key of field.split(".")) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}
