import type { FakeWorkspace } from "./context";
import { conversationIndexOfTicket, conversationListItem, conversationParts, conversationPlan, PART_LIMIT, ticketCount } from "./conversations";
import { numericId, numericIndex } from "./ids";
import { ACTIVE_TICKET_TYPE_INDICES, ticketType, ticketTypeSpec } from "./ticket-types";
import { chance, int, pick, rngFor } from "../random";

/**
 * Tickets: every ticket is one of the conversations (see conversations.ts), read through the 2.9
 * ticket shape: a state string with internal and external labels, string assignee ids ("0" when
 * nobody), ticket attributes keyed by name, and ticket parts.
 */

type TicketState = "submitted" | "in_progress" | "waiting_on_customer" | "resolved";

const LABELS: Record<TicketState, { internal: string; external: string }> = {
  submitted: { internal: "Submitted", external: "Received" },
  in_progress: { internal: "In progress", external: "We're working on it" },
  waiting_on_customer: { internal: "Waiting on customer", external: "Awaiting your reply" },
  resolved: { internal: "Resolved", external: "Resolved" },
};

/** The ticket type a conversation's topic is filed under (indices into ticket-types.ts). */
const TYPE_BY_TOPIC: Record<string, number> = { billing: 1, login: 3, bug: 0, mobile: 0, export: 0, integration: 4, onboarding: 2, plan: 2 };

export function ticketIndex(ws: FakeWorkspace, id: string): number | null {
  return numericIndex("ticket", id, ticketCount(ws));
}

function attributeValue(rng: () => number, dataType: string, options: string[], now: number): unknown {
  switch (dataType) {
    case "list":
      return pick(rng, options);
    case "boolean":
      return chance(rng, 0.6);
    case "integer":
      return int(rng, 1, 40);
    case "decimal":
      return Math.round(rng() * 50_000) / 100;
    case "datetime":
      return now + int(rng, 1, 20) * 86_400;
    case "files":
      return [];
    default:
      return null;
  }
}

export function ticket(ws: FakeWorkspace, index: number) {
  const convIndex = conversationIndexOfTicket(ws, index);
  if (convIndex === null) return null;
  const rng = rngFor("ticket", index);
  const plan = conversationPlan(ws, convIndex);
  const conversation = conversationListItem(ws, plan);
  const typeIndex = TYPE_BY_TOPIC[plan.topic.key] ?? ACTIVE_TICKET_TYPE_INDICES[index % ACTIVE_TICKET_TYPE_INDICES.length]!;
  const type = ticketType(ws, typeIndex);
  const spec = ticketTypeSpec(typeIndex);

  const parts = conversationParts(plan, false);
  const last = parts.at(-1);
  const state: TicketState =
    plan.state === "closed" ? "resolved" : plan.state === "snoozed" ? "waiting_on_customer" : parts.length < 2 ? "submitted" : last?.author.type === "admin" ? "waiting_on_customer" : "in_progress";

  const attributes: Record<string, unknown> = {
    _default_title_: conversation.title ?? plan.topic.subject,
    _default_description_: conversation.source.body
      .replace(/<[^>]*>/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  };
  for (const a of type.ticket_type_attributes.data) {
    if (a.default || a.archived) continue;
    const options = (a.input_options as { list_options?: { value: string }[] } | null)?.list_options?.map((o) => o.value) ?? [];
    const value =
      a.data_type === "string"
        ? spec.name === "Bug report"
          ? "Chrome 124 on macOS"
          : spec.name === "Refund request"
            ? `INV-${2024_0000 + index}`
            : spec.name === "Engineering escalation"
              ? `ENG-${4_400 + index}`
              : null
        : attributeValue(rng, a.data_type, options, ws.now);
    attributes[a.name] = chance(rng, 0.85) ? value : null;
  }

  // Ticket state changes sit among the thread's parts, where they happened.
  const stateParts: { at: number; from: TicketState; to: TicketState; author: (typeof parts)[number]["author"] }[] = [];
  const firstAdmin = parts.find((p) => p.author.type === "admin");
  stateParts.push({ at: plan.createdAt, from: "submitted", to: "submitted", author: { type: "bot" as const, id: "5000001", name: "Operator", email: "operator+nw5upp0rt@intercom.io" } });
  if (firstAdmin && state !== "submitted") stateParts.push({ at: firstAdmin.created_at, from: "submitted", to: "in_progress", author: firstAdmin.author });
  if (state === "waiting_on_customer" && last) stateParts.push({ at: last.created_at, from: "in_progress", to: "waiting_on_customer", author: last.author });
  if (state === "resolved" && last) stateParts.push({ at: last.created_at, from: "in_progress", to: "resolved", author: last.author });

  const ticketParts = [
    ...parts.map((p) => ({ ...p, type: "ticket_part" as const, notified_at: undefined })),
    ...stateParts.map((s, k) => ({
      type: "ticket_part" as const,
      id: String(Number(plan.id) * 1_000 + 900 + k),
      part_type: "ticket_state_updated_by_admin",
      body: null,
      previous_ticket_state: s.from,
      ticket_state: s.to,
      created_at: s.at,
      updated_at: s.at,
      notified_at: undefined,
      assigned_to: null,
      author: s.author,
      attachments: [],
      external_id: null,
      redacted: false,
    })),
  ]
    .sort((a, b) => a.created_at - b.created_at)
    .map(({ notified_at, ...p }) => (void notified_at, p));

  return {
    type: "ticket" as const,
    id: numericId("ticket", index),
    ticket_id: String(1_000 + index),
    ticket_attributes: attributes,
    ticket_state: state,
    ticket_state_internal_label: LABELS[state].internal,
    ticket_state_external_label: LABELS[state].external,
    ticket_type: type,
    contacts: { type: "contact.list" as const, contacts: conversation.contacts.contacts.map((c) => ({ type: "contact" as const, id: c.id, external_id: c.external_id })) },
    admin_assignee_id: conversation.admin_assignee_id === null ? "0" : String(conversation.admin_assignee_id),
    team_assignee_id: conversation.team_assignee_id === null ? "0" : String(conversation.team_assignee_id),
    created_at: plan.createdAt,
    updated_at: conversation.updated_at,
    ticket_parts: { type: "ticket_part.list" as const, ticket_parts: ticketParts.slice(-PART_LIMIT), total_count: ticketParts.length },
    is_shared: !spec.internal,
  };
}
