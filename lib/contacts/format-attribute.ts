import { DASH, formatDateTime, formatNumber } from "@/lib/format/time";

/**
 * One attribute value as text, using the data type Intercom declares for it. Dates arrive as UNIX
 * seconds; anything unexpected (objects, arrays) is shown as compact JSON text, never as HTML.
 */
export function formatAttribute(value: unknown, dataType?: string | null): string {
  if (value === null || value === undefined || value === "") return DASH;
  if (dataType === "date" && typeof value === "number") return value > 1e11 ? formatDateTime(value / 1000) : formatDateTime(value);
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return dataType === "float" ? new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(value) : formatNumber(value);
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** "last_seen_at" → "Last seen at": a fallback label when /data_attributes has none. */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/^custom_attributes\./, "")
    .replace(/[_.]+/g, " ")
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
