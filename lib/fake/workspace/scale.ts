/** How many of each record the fake workspace holds. The large scale exists for benchmarks. */

export type ScaleName = "default" | "large";

export interface Scale {
  name: ScaleName;
  admins: number;
  teams: number;
  contacts: number;
  companies: number;
  conversations: number;
  activityLogs: number;
  /** Days of activity-log history. */
  activityDays: number;
  articles: number;
}

export const SCALES: Record<ScaleName, Scale> = {
  default: { name: "default", admins: 25, teams: 6, contacts: 2_000, companies: 300, conversations: 1_500, activityLogs: 6_000, activityDays: 180, articles: 120 },
  large: { name: "large", admins: 25, teams: 6, contacts: 1_000_000, companies: 10_000, conversations: 100_000, activityLogs: 100_000, activityDays: 180, articles: 1_000 },
};
