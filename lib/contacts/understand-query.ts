import type { SearchFilter } from "@/lib/intercom/search-body";

/**
 * Reads what a support lead typed into the contact search box and decides which contact field it
 * names: an exact email, an email domain, a partial email, a phone number, an external id, an
 * Intercom id, or (the fallback) part of a name.
 */

export const QUERY_KINDS = ["name", "email", "domain", "external_id", "phone", "id"] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface UnderstoodQuery {
  kind: QueryKind;
  /** What is sent to Intercom, normalised. */
  value: string;
  filter: SearchFilter;
  /** A short sentence for the UI: how the text was read. */
  description: string;
}

export const KIND_LABELS: Record<QueryKind, string> = {
  name: "Name",
  email: "Email",
  domain: "Email domain",
  external_id: "External id",
  phone: "Phone",
  id: "Intercom id",
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;
const COMMON_TLDS = new Set(["com", "org", "net", "io", "dev", "app", "co", "ai", "edu", "gov", "info", "biz", "tech", "cloud", "xyz", "example", "me"]);
const INTERCOM_ID = /^[0-9a-f]{24}$/i;
const PHONE = /^\+?[\d\s().-]+$/;

function looksLikeDomain(text: string): boolean {
  if (!DOMAIN.test(text)) return false;
  const tld = text.slice(text.lastIndexOf(".") + 1).toLowerCase();
  return tld.length === 2 || COMMON_TLDS.has(tld);
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, "");
}

/** +44 20 7946-0958 → +442079460958; (020) 7946 0958 → 02079460958. */
export function normalisePhone(text: string): string {
  const trimmed = text.trim();
  return `${trimmed.startsWith("+") ? "+" : ""}${digitsOf(trimmed)}`;
}

function guessKind(text: string): QueryKind {
  if (INTERCOM_ID.test(text)) return "id";
  if (text.includes("@")) {
    if (text.startsWith("@") && looksLikeDomain(text.slice(1))) return "domain";
    return "email";
  }
  if (!/\s/.test(text) && looksLikeDomain(text)) return "domain";
  if (PHONE.test(text) && digitsOf(text).length >= 7 && (text.startsWith("+") || /[\s().-]/.test(text) || digitsOf(text).length >= 9)) return "phone";
  if (!/\s/.test(text) && (/\d/.test(text) || /[_|:]/.test(text))) return "external_id";
  if (!/\s/.test(text) && text.includes(".")) return "email";
  return "name";
}

/**
 * `as` forces a reading (the user picked one); otherwise the text decides. Returns null for blank
 * input.
 */
export function understandQuery(raw: string, as?: QueryKind | null): UnderstoodQuery | null {
  const text = raw.trim().replace(/\s+/g, " ");
  if (!text) return null;
  const kind = as ?? guessKind(text);
  switch (kind) {
    case "id": {
      const value = text.toLowerCase();
      return { kind, value, filter: { field: "id", operator: "=", value }, description: `Intercom id is ${value}` };
    }
    case "email": {
      const value = text.toLowerCase();
      if (EMAIL.test(value)) return { kind, value, filter: { field: "email", operator: "=", value }, description: `Email is ${value}` };
      return { kind, value, filter: { field: "email", operator: "^", value }, description: `Email starts with ${value}` };
    }
    case "domain": {
      const value = text.toLowerCase().replace(/^.*@/, "");
      return { kind, value, filter: { field: "email_domain", operator: "=", value }, description: `Email domain is ${value}` };
    }
    case "phone": {
      const value = normalisePhone(text);
      // A full international number matches exactly; a fragment matches anywhere in the number.
      const exact = value.startsWith("+") && value.length >= 9;
      return { kind, value, filter: { field: "phone", operator: exact ? "=" : "~", value }, description: exact ? `Phone is ${value}` : `Phone contains ${value}` };
    }
    case "external_id":
      return { kind, value: text, filter: { field: "external_id", operator: "=", value: text }, description: `External id is ${text}` };
    case "name":
      return { kind, value: text, filter: { field: "name", operator: "~", value: text }, description: `Name contains “${text}”` };
  }
}
