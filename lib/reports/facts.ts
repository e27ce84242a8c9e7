/** A conversation as the reports see it: facts from the store, never bodies or remarks. */
export interface ConversationFact {
  id: string;
  created_at: number;
  state: string;
  team_id: string | null;
  admin_id: string | null;
  tag_ids: string[];
  time_to_assignment: number | null;
  time_to_admin_reply: number | null;
  time_to_first_close: number | null;
  time_to_last_close: number | null;
  median_time_to_reply: number | null;
  count_reopens: number;
  rating: number | null;
  rating_created_at: number | null;
  rating_admin_id: string | null;
  sla_name: string | null;
  sla_status: string | null;
}

/** The timings the response-time report and the ledger show, by their store column. */
export const METRICS = [
  { key: "time_to_admin_reply", label: "First teammate reply" },
  { key: "time_to_first_close", label: "First close" },
  { key: "time_to_last_close", label: "Last close" },
  { key: "median_time_to_reply", label: "Median reply time" },
] as const;

export type MetricKey = (typeof METRICS)[number]["key"];

/** Key of the "no team", "no teammate" and "no tag" groups, also accepted by the ledger's filters. */
export const NONE = "none";

export const SLA_STATUSES = ["hit", "missed", "cancelled", "active"] as const;
export const STATES = ["open", "closed", "snoozed"] as const;
