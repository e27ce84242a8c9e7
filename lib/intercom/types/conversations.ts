/**
 * Intercom 2.9 shapes for conversations, tickets and ticket types. Every field may be missing or
 * null: the spec under-declares nullability, so readers must tolerate both.
 */

export interface CursorPages {
  type?: "pages";
  page?: number | null;
  per_page?: number | null;
  total_pages?: number | null;
  next?: { per_page?: number | null; starting_after?: string | null } | null;
}

export interface Reference {
  type?: string | null;
  id?: string | null;
}

export interface ContactReference {
  type?: "contact" | string;
  id: string;
  external_id?: string | null;
}

/** `admin`, `bot`, `team`, `user`, `lead` or `contact`. */
export interface PartAuthor {
  type?: string | null;
  id?: string | null;
  name?: string | null;
  email?: string | null;
}

export interface PartAttachment {
  type?: string | null;
  name?: string | null;
  url?: string | null;
  content_type?: string | null;
  filesize?: number | null;
  width?: number | null;
  height?: number | null;
}

export interface ConversationPart {
  type?: string;
  id: string;
  part_type?: string | null;
  body?: string | null;
  created_at?: number | null;
  updated_at?: number | null;
  notified_at?: number | null;
  assigned_to?: Reference | null;
  author?: PartAuthor | null;
  attachments?: PartAttachment[] | null;
  external_id?: string | null;
  redacted?: boolean | null;
}

export interface ConversationSource {
  type?: string | null;
  id?: string | null;
  delivered_as?: string | null;
  subject?: string | null;
  body?: string | null;
  author?: PartAuthor | null;
  attachments?: PartAttachment[] | null;
  url?: string | null;
  redacted?: boolean | null;
}

export interface ConversationStatistics {
  type?: string;
  time_to_assignment?: number | null;
  time_to_admin_reply?: number | null;
  time_to_first_close?: number | null;
  time_to_last_close?: number | null;
  median_time_to_reply?: number | null;
  first_contact_reply_at?: number | null;
  first_assignment_at?: number | null;
  first_admin_reply_at?: number | null;
  first_close_at?: number | null;
  last_assignment_at?: number | null;
  last_assignment_admin_reply_at?: number | null;
  last_contact_reply_at?: number | null;
  last_admin_reply_at?: number | null;
  last_close_at?: number | null;
  last_closed_by_id?: string | null;
  count_reopens?: number | null;
  count_assignments?: number | null;
  count_conversation_parts?: number | null;
}

export interface ConversationRating {
  rating?: number | null;
  remark?: string | null;
  created_at?: number | null;
  contact?: ContactReference | null;
  teammate?: Reference | null;
}

export interface ConversationTag {
  type?: "tag";
  id: string;
  name?: string | null;
  applied_at?: number | null;
  applied_by?: Reference | null;
}

export type ConversationState = "open" | "closed" | "snoozed";

export interface ConversationListItem {
  type?: "conversation";
  id: string;
  title?: string | null;
  created_at?: number | null;
  updated_at?: number | null;
  waiting_since?: number | null;
  snoozed_until?: number | null;
  source?: ConversationSource | null;
  contacts?: { type?: string; contacts?: ContactReference[] | null } | null;
  first_contact_reply?: { created_at?: number | null; type?: string | null; url?: string | null } | null;
  admin_assignee_id?: number | string | null;
  team_assignee_id?: number | string | null;
  open?: boolean | null;
  state?: ConversationState | string | null;
  read?: boolean | null;
  tags?: { type?: string; tags?: ConversationTag[] | null } | null;
  priority?: "priority" | "not_priority" | string | null;
  sla_applied?: { type?: string; sla_name?: string | null; sla_status?: string | null } | null;
  statistics?: ConversationStatistics | null;
  conversation_rating?: ConversationRating | null;
  teammates?: { type?: string; teammates?: Reference[] | null } | null;
  /** Present in the 2.9 examples (null there); set when the conversation is a ticket. */
  ticket?: { type?: string; id?: string | null; ticket_id?: string | null } | null;
}

export interface Conversation extends ConversationListItem {
  conversation_parts?: { type?: string; conversation_parts?: ConversationPart[] | null; total_count?: number | null } | null;
}

export interface ConversationList {
  type: "conversation.list";
  conversations?: ConversationListItem[] | null;
  total_count?: number | null;
  pages?: CursorPages | null;
}

export type TicketStateName = "submitted" | "in_progress" | "waiting_on_customer" | "resolved";

export interface TicketPart extends ConversationPart {
  previous_ticket_state?: TicketStateName | string | null;
  ticket_state?: TicketStateName | string | null;
}

export interface TicketTypeAttribute {
  type?: string;
  id: string;
  workspace_id?: string | null;
  name?: string | null;
  description?: string | null;
  data_type?: string | null;
  input_options?: { multiline?: boolean | null; list_options?: { id?: string; value?: string | null; archived?: boolean | null }[] | null } | null;
  order?: number | null;
  required_to_create?: boolean | null;
  required_to_create_for_contacts?: boolean | null;
  visible_on_create?: boolean | null;
  visible_to_contacts?: boolean | null;
  default?: boolean | null;
  ticket_type_id?: number | null;
  archived?: boolean | null;
  created_at?: number | null;
  updated_at?: number | null;
}

export interface TicketType {
  type?: "ticket_type";
  id: string;
  name?: string | null;
  description?: string | null;
  icon?: string | null;
  workspace_id?: string | null;
  /** The examples use `data`; the schema says `ticket_type_attributes`. Read both. */
  ticket_type_attributes?: { type?: string; data?: TicketTypeAttribute[] | null; ticket_type_attributes?: TicketTypeAttribute[] | null } | null;
  archived?: boolean | null;
  is_internal?: boolean | null;
  created_at?: number | null;
  updated_at?: number | null;
}

export interface TicketTypeList {
  type?: string;
  data?: TicketType[] | null;
  ticket_types?: TicketType[] | null;
}

export interface Ticket {
  type?: "ticket";
  id: string;
  ticket_id?: string | null;
  ticket_attributes?: Record<string, unknown> | null;
  ticket_state?: TicketStateName | string | null;
  ticket_state_internal_label?: string | null;
  ticket_state_external_label?: string | null;
  ticket_type?: TicketType | null;
  contacts?: { type?: string; contacts?: (ContactReference & { role?: string | null })[] | null } | null;
  /** Strings in 2.9, "0" when nobody is assigned. */
  admin_assignee_id?: string | number | null;
  team_assignee_id?: string | number | null;
  created_at?: number | null;
  updated_at?: number | null;
  ticket_parts?: { type?: string; ticket_parts?: TicketPart[] | null; total_count?: number | null } | null;
  is_shared?: boolean | null;
}
