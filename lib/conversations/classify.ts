import type { ConversationPart, PartAuthor, Reference } from "@/lib/intercom/types/conversations";

/**
 * What a conversation part is, for a reader: a message from the customer, a teammate, Fin or
 * another bot; an internal note; or an event (assignment, state change, attribute update…).
 * Intercom's `part_type` is a free string that grew more granular over versions, so anything
 * unknown falls back to an event line that still shows its body.
 */

export type PartKind = "customer" | "teammate" | "note" | "fin" | "bot" | "event";

export type AuthorRole = "contact" | "admin" | "team" | "fin" | "bot" | "unknown";

const CONTACT_TYPES = new Set(["user", "lead", "contact", "visitor"]);
const MESSAGE_TYPES = new Set(["comment", "quick_reply", "reply", "chat", "email"]);
const NOTE_TYPES = new Set(["note", "note_and_reopen"]);

export function authorRole(author: PartAuthor | null | undefined): AuthorRole {
  const type = author?.type?.toLowerCase() ?? "";
  if (CONTACT_TYPES.has(type)) return "contact";
  if (type === "admin") return "admin";
  if (type === "team") return "team";
  if (type === "bot") return isFin(author) ? "fin" : "bot";
  return "unknown";
}

/** Fin is Intercom's AI agent; in 2.9 its replies are bot comments authored by "Fin". */
function isFin(author: PartAuthor | null | undefined): boolean {
  return /^fin\b/i.test(author?.name?.trim() ?? "");
}

export function classifyPart(part: Pick<ConversationPart, "part_type" | "author">): PartKind {
  const type = part.part_type?.toLowerCase() ?? "";
  const role = authorRole(part.author);
  if (NOTE_TYPES.has(type)) return "note";
  if (MESSAGE_TYPES.has(type)) {
    if (role === "contact") return "customer";
    if (role === "fin") return "fin";
    if (role === "bot") return "bot";
    if (role === "admin" || role === "team") return "teammate";
  }
  return "event";
}

/** An event line: "<author> <verb> <target><suffix>". The target is linked by the UI. */
export interface EventDescription {
  verb: string;
  target: Reference | null;
  suffix: string;
}

const TICKET_STATES: Record<string, string> = {
  submitted: "Submitted",
  in_progress: "In progress",
  waiting_on_customer: "Waiting on customer",
  resolved: "Resolved",
};

export function ticketStateLabel(state: string | null | undefined): string {
  if (!state) return "—";
  return TICKET_STATES[state] ?? humanize(state);
}

function humanize(partType: string): string {
  return partType.replace(/_/g, " ").trim();
}

export function describeEvent(part: ConversationPart & { ticket_state?: string | null; previous_ticket_state?: string | null }): EventDescription {
  const type = part.part_type?.toLowerCase() ?? "";
  const target = part.assigned_to && part.assigned_to.type !== "nobody_admin" && part.assigned_to.id ? part.assigned_to : null;
  const assignee = (verb: string, suffix = "") => (target ? { verb, target, suffix } : { verb: "unassigned the conversation", target: null, suffix });
  switch (type) {
    case "assignment":
      return assignee("assigned this to");
    case "default_assignment":
      return assignee("assigned this to", " by default rules");
    case "away_mode_assignment":
      return assignee("reassigned this to", " (previous assignee is away)");
    case "assign_and_reopen":
      return assignee("reopened and assigned this to");
    case "assign_and_unsnooze":
      return assignee("unsnoozed and assigned this to");
    case "open":
      return { verb: "reopened the conversation", target: null, suffix: "" };
    case "close":
      return { verb: "closed the conversation", target: null, suffix: "" };
    case "snoozed":
      return { verb: "snoozed the conversation", target: null, suffix: "" };
    case "unsnoozed":
      return { verb: "unsnoozed the conversation", target: null, suffix: "" };
    case "timer_unsnooze":
      return { verb: "woke the conversation: the snooze ended", target: null, suffix: "" };
    case "conversation_attribute_updated_by_admin":
    case "conversation_attribute_updated_by_workflow":
    case "conversation_attribute_updated_by_user":
      return { verb: "updated conversation attributes", target: null, suffix: "" };
    case "priority_changed":
      return { verb: "changed the priority", target: null, suffix: "" };
    case "language_detection_details":
      return { verb: "detected the conversation's language", target: null, suffix: "" };
    case "participant_added":
      return { verb: "added a participant", target: null, suffix: "" };
    case "participant_removed":
      return { verb: "removed a participant", target: null, suffix: "" };
    case "ticket_state_updated_by_admin": {
      const to = ticketStateLabel(part.ticket_state);
      const from = part.previous_ticket_state && part.previous_ticket_state !== part.ticket_state ? ` from ${ticketStateLabel(part.previous_ticket_state)}` : "";
      return { verb: `set the ticket state${from} to ${to}`, target: null, suffix: "" };
    }
    case "ticket_attribute_updated_by_admin":
      return { verb: "updated ticket attributes", target: null, suffix: "" };
    default:
      return { verb: type ? humanize(type) : "did something Lens does not recognise", target: null, suffix: "" };
  }
}
