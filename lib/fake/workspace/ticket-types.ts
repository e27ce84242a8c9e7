import { numericId, numericIndex } from "./ids";
import type { FakeWorkspace } from "./context";
import { DAY } from "./context";

/** Ticket types and their attributes, in the 2.9 example shape ({type:"list", data} for attribute lists). */

const WORKSPACE_ID = "nw5upp0rt";

type DataType = "string" | "list" | "integer" | "decimal" | "boolean" | "datetime" | "files";

interface AttributeSpec {
  name: string;
  description: string;
  data_type: DataType;
  options?: string[];
  multiline?: boolean;
  required?: boolean;
  visibleToContacts?: boolean;
  archived?: boolean;
}

interface TicketTypeSpec {
  name: string;
  description: string;
  icon: string;
  internal: boolean;
  archived: boolean;
  ageDays: number;
  attributes: AttributeSpec[];
}

const DEFAULT_ATTRIBUTES: AttributeSpec[] = [
  { name: "_default_title_", description: "", data_type: "string", multiline: false, required: true, visibleToContacts: true },
  { name: "_default_description_", description: "", data_type: "string", multiline: true, visibleToContacts: true },
];

const TICKET_TYPES: TicketTypeSpec[] = [
  {
    name: "Bug report",
    description: "Something in the product does not work as documented.",
    icon: "🐞",
    internal: false,
    archived: false,
    ageDays: 610,
    attributes: [
      { name: "Severity", description: "How badly the customer is blocked", data_type: "list", options: ["Critical", "High", "Medium", "Low"], required: true },
      { name: "Affected area", description: "Product area the bug is in", data_type: "list", options: ["Dashboard", "Exports", "Billing", "Mobile app", "API"] },
      { name: "Reproducible", description: "Support reproduced it", data_type: "boolean" },
      { name: "Browser", description: "Browser and version", data_type: "string" },
      { name: "Screenshots", description: "What the customer sees", data_type: "files", visibleToContacts: true },
    ],
  },
  {
    name: "Refund request",
    description: "A customer asks for money back on an invoice.",
    icon: "💸",
    internal: false,
    archived: false,
    ageDays: 540,
    attributes: [
      { name: "Invoice number", description: "As printed on the invoice", data_type: "string", required: true, visibleToContacts: true },
      { name: "Amount", description: "Refund amount in EUR", data_type: "decimal", required: true },
      { name: "Reason", description: "Why the refund is due", data_type: "list", options: ["Duplicate charge", "Downgrade", "Service outage", "Other"] },
    ],
  },
  {
    name: "Feature request",
    description: "An idea or missing capability a customer asks for.",
    icon: "💡",
    internal: false,
    archived: false,
    ageDays: 500,
    attributes: [
      { name: "Product area", description: "Where it would live", data_type: "list", options: ["Dashboard", "Reporting", "Integrations", "Mobile app"] },
      { name: "Votes", description: "Customers who asked for it", data_type: "integer" },
    ],
  },
  {
    name: "Account access",
    description: "Locked out, lost 2FA device or SSO trouble.",
    icon: "🔐",
    internal: false,
    archived: false,
    ageDays: 420,
    attributes: [
      { name: "Login method", description: "How the customer signs in", data_type: "list", options: ["Password", "Google SSO", "SAML SSO", "Magic link"], required: true },
      { name: "Identity verified", description: "Support checked the requester's identity", data_type: "boolean", required: true },
    ],
  },
  {
    name: "Engineering escalation",
    description: "Back-office ticket for the on-call engineers; customers do not see it.",
    icon: "🛠️",
    internal: true,
    archived: false,
    ageDays: 300,
    attributes: [
      { name: "Jira issue", description: "Linked engineering issue key", data_type: "string" },
      { name: "Due", description: "When engineering committed to a fix", data_type: "datetime" },
      { name: "Customer impact", description: "Who is affected and how", data_type: "string", multiline: true },
    ],
  },
  {
    name: "Hardware return (retired)",
    description: "Replaced by the returns portal in the spring.",
    icon: "📦",
    internal: false,
    archived: true,
    ageDays: 800,
    attributes: [{ name: "Serial number", description: "Printed under the device", data_type: "string", required: true, archived: true }],
  },
];

export function ticketTypeSpec(index: number): TicketTypeSpec {
  return TICKET_TYPES[index]!;
}

/** Live (not archived) types that new tickets are filed under. */
export const ACTIVE_TICKET_TYPE_INDICES = TICKET_TYPES.map((t, i) => (t.archived ? -1 : i)).filter((i) => i >= 0);

function attributeId(typeIndex: number, attrIndex: number): string {
  return String(171 + typeIndex * 20 + attrIndex);
}

export function ticketType(ws: FakeWorkspace, index: number) {
  const spec = TICKET_TYPES[index]!;
  const id = numericId("ticket_type", index);
  const created = ws.now - spec.ageDays * DAY;
  const updated = created + Math.floor(spec.ageDays / 3) * DAY;
  const attributes = [...DEFAULT_ATTRIBUTES, ...spec.attributes].map((a, ai) => ({
    type: "ticket_type_attribute" as const,
    id: attributeId(index, ai),
    workspace_id: WORKSPACE_ID,
    name: a.name,
    description: a.description,
    data_type: a.data_type,
    input_options:
      a.data_type === "list"
        ? { list_options: (a.options ?? []).map((value, oi) => ({ id: `${attributeId(index, ai)}-${oi}`, value, archived: false })) }
        : a.data_type === "string"
          ? { multiline: a.multiline ?? false }
          : null,
    order: ai,
    required_to_create: a.required ?? false,
    required_to_create_for_contacts: false,
    visible_on_create: true,
    visible_to_contacts: !spec.internal && (a.visibleToContacts ?? false),
    default: a.name.startsWith("_default_"),
    ticket_type_id: Number(id),
    archived: a.archived ?? false,
    created_at: created,
    updated_at: a.archived ? updated : created,
  }));
  return {
    type: "ticket_type" as const,
    id,
    name: spec.name,
    description: spec.description,
    icon: spec.icon,
    workspace_id: WORKSPACE_ID,
    archived: spec.archived,
    created_at: created,
    updated_at: updated,
    is_internal: spec.internal,
    ticket_type_attributes: { type: "list" as const, data: attributes },
  };
}

export function allTicketTypes(ws: FakeWorkspace) {
  return TICKET_TYPES.map((_, i) => ticketType(ws, i));
}

export function ticketTypeIndex(id: string): number | null {
  return numericIndex("ticket_type", id, TICKET_TYPES.length);
}
