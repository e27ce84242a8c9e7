/** Turns an entry's metadata into what a reviewer reads: a before/after diff and the other details. */

export interface DiffLine {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

export interface MetadataView {
  diff: DiffLine[];
  details: [string, unknown][];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function metadataView(metadata: Record<string, unknown> | null | undefined): MetadataView {
  if (!metadata) return { diff: [], details: [] };
  const hasChange = "before" in metadata || "after" in metadata;
  const details = Object.entries(metadata).filter(([k, v]) => !(hasChange && (k === "before" || k === "after")) && v !== undefined);
  if (!hasChange) return { diff: [], details };
  const { before, after } = metadata;
  if (isPlainObject(before) || isPlainObject(after)) {
    const b = isPlainObject(before) ? before : {};
    const a = isPlainObject(after) ? after : {};
    const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    const diff = fields.map((field) => ({ field, before: b[field], after: a[field], changed: !same(b[field], a[field]) }));
    // Changed fields first: that is what the reviewer came for.
    diff.sort((x, y) => Number(y.changed) - Number(x.changed));
    return { diff, details };
  }
  return { diff: [{ field: "value", before, after, changed: !same(before, after) }], details };
}

/** A metadata value as plain text. */
export function showValue(v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "number") return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number")) return v.length ? v.join(", ") : "(none)";
  return JSON.stringify(v);
}
