import { DASH, formatDateTime } from "@/lib/format/time";
import type { TicketType, TicketTypeAttribute, TicketTypeList } from "@/lib/intercom/types/conversations";

/** Reading ticket types and ticket attribute values as a person would. */

const DEFAULT_NAMES: Record<string, string> = { _default_title_: "Title", _default_description_: "Description" };

export function attributeLabel(name: string | null | undefined): string {
  if (!name) return DASH;
  return DEFAULT_NAMES[name] ?? name;
}

/** The 2.9 examples nest attributes under `data`; the schema names the key `ticket_type_attributes`. */
export function ticketTypeAttributes(type: TicketType | null | undefined): TicketTypeAttribute[] {
  const list = type?.ticket_type_attributes;
  return [...(list?.data ?? list?.ticket_type_attributes ?? [])].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
}

export function ticketTypesOf(list: TicketTypeList | undefined): TicketType[] {
  return list?.data ?? list?.ticket_types ?? [];
}

/** A ticket attribute value as text, by its declared data type. Objects never render raw. */
export function formatAttributeValue(value: unknown, dataType?: string | null): string {
  if (value === null || value === undefined || value === "") return DASH;
  if (Array.isArray(value)) return value.length === 0 ? DASH : value.map((v) => formatAttributeValue(v)).join(", ");
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") {
    if (dataType === "datetime") return formatDateTime(value);
    return new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(value);
  }
  if (typeof value === "object") {
    const v = value as { name?: unknown; url?: unknown; value?: unknown };
    if (typeof v.name === "string") return v.name;
    if (typeof v.value === "string") return v.value;
    return DASH;
  }
  return String(value);
}
