import type { SearchFilter, SearchQuery, SearchRequest } from "@/lib/intercom/search-body";

/**
 * The conversation list's filters (as the URL holds them) turned into an Intercom search.
 * Dates are calendar days in the reader's time zone; Intercom documents `>`/`<` on conversations
 * as inclusive, so a day range is [start of first day, end of last day].
 */

export const CONVERSATION_STATES = ["open", "closed", "snoozed"] as const;
export const PRIORITIES = ["priority", "not_priority"] as const;

export interface ConversationFilters {
  state?: (typeof CONVERSATION_STATES)[number] | null;
  admin?: string | null;
  team?: string | null;
  tag?: string | null;
  contact?: string | null;
  priority?: (typeof PRIORITIES)[number] | null;
  createdFrom?: string | null;
  createdTo?: string | null;
  updatedFrom?: string | null;
  updatedTo?: string | null;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2024-03-05" → UNIX seconds at local midnight (or the last second of that day). */
export function dayToUnix(day: string | null | undefined, endOfDay = false): number | null {
  const m = day ? DAY.exec(day) : null;
  if (!m) return null;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), endOfDay ? 23 : 0, endOfDay ? 59 : 0, endOfDay ? 59 : 0);
  if (date.getMonth() !== Number(m[2]) - 1) return null;
  return Math.floor(date.getTime() / 1000);
}

export function activeFilterCount(f: ConversationFilters): number {
  return Object.values(f).filter((v) => v !== null && v !== undefined && v !== "").length;
}

/** Filters to an Intercom query, or null when nothing is filtered (then /conversations lists). */
export function buildConversationQuery(f: ConversationFilters): SearchQuery | null {
  const filters: SearchFilter[] = [];
  if (f.state) filters.push({ field: "state", operator: "=", value: f.state });
  if (f.admin) filters.push({ field: "admin_assignee_id", operator: "=", value: f.admin });
  if (f.team) filters.push({ field: "team_assignee_id", operator: "=", value: f.team });
  if (f.tag) filters.push({ field: "tag_ids", operator: "IN", value: [f.tag] });
  if (f.contact) filters.push({ field: "contact_ids", operator: "=", value: f.contact });
  if (f.priority) filters.push({ field: "priority", operator: "=", value: f.priority });
  const range = (field: string, from?: string | null, to?: string | null) => {
    const a = dayToUnix(from);
    const b = dayToUnix(to, true);
    if (a !== null) filters.push({ field, operator: ">", value: a });
    if (b !== null) filters.push({ field, operator: "<", value: b });
  };
  range("created_at", f.createdFrom, f.createdTo);
  range("updated_at", f.updatedFrom, f.updatedTo);
  if (filters.length === 0) return null;
  return filters.length === 1 ? filters[0]! : { operator: "AND", value: filters };
}

export function buildConversationSearch(f: ConversationFilters, perPage: number, startingAfter?: string | null): SearchRequest | null {
  const query = buildConversationQuery(f);
  if (!query) return null;
  return { query, pagination: { per_page: perPage, ...(startingAfter ? { starting_after: startingAfter } : {}) } };
}
