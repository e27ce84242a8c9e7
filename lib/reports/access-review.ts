import { DAY_SECONDS } from "./stats";

/** Activity types an access review follows, by what they change. */
export const ACCESS_CHANGE_KINDS: Record<string, "permission" | "role" | "seat" | "two-factor"> = {
  admin_permission_change: "permission",
  role_change: "role",
  seat_change: "seat",
  seat_revoke: "seat",
  inbox_access_change: "seat",
  admin_two_factor_auth_change: "two-factor",
};

export const DEFAULT_DORMANT_DAYS = 30;

export interface Teammate {
  id: string;
  name: string;
  email: string;
  has_inbox_seat: boolean;
  team_ids: string[];
}

export interface ChangeEntry {
  id: string;
  created_at: number;
  activity_type: string;
  /** Who made the change. */
  admin_id: string | null;
  admin_email: string | null;
  description: string | null;
  metadata: string | null;
}

export interface AccessChange {
  id: string;
  at: number;
  kind: "permission" | "role" | "seat" | "two-factor";
  byId: string | null;
  byEmail: string | null;
  description: string;
  /** Made by someone other than the teammate. */
  byOther: boolean;
}

export interface AccessRow extends Teammate {
  lastSignIn: number | null;
  lastActivity: number | null;
  /** Whole days since the last sign-in; null when none is on record. */
  daysSinceSignIn: number | null;
  dormant: boolean;
  changes: AccessChange[];
}

/** No sign-in on record, or none within `days`. */
export function isDormant(lastSignIn: number | null, now: number, days = DEFAULT_DORMANT_DAYS): boolean {
  return lastSignIn === null || now - lastSignIn > days * DAY_SECONDS;
}

/**
 * Whether a change concerns the teammate. Intercom names the changed teammate only in the entry's
 * description (the metadata carries who made it), so the name or email is looked for there; a
 * two-factor change is always the actor's own.
 */
export function concerns(entry: ChangeEntry, teammate: Teammate): boolean {
  if (ACCESS_CHANGE_KINDS[entry.activity_type] === "two-factor") return entry.admin_id === teammate.id;
  const text = entry.description ?? "";
  return text.includes(`${teammate.name}'s`) || text.includes(teammate.email) || (entry.metadata ?? "").includes(`"${teammate.email}"`);
}

export function accessReview(
  teammates: readonly Teammate[],
  lastSignIns: ReadonlyMap<string, number>,
  lastActivity: ReadonlyMap<string, number>,
  changes: readonly ChangeEntry[],
  now: number,
  dormantDays = DEFAULT_DORMANT_DAYS,
): AccessRow[] {
  return teammates.map((t) => {
    const signIn = lastSignIns.get(t.id) ?? null;
    return {
      ...t,
      lastSignIn: signIn,
      lastActivity: lastActivity.get(t.id) ?? null,
      daysSinceSignIn: signIn === null ? null : Math.floor((now - signIn) / DAY_SECONDS),
      dormant: isDormant(signIn, now, dormantDays),
      changes: changes
        .filter((c) => ACCESS_CHANGE_KINDS[c.activity_type] && concerns(c, t))
        .map((c) => ({
          id: c.id,
          at: c.created_at,
          kind: ACCESS_CHANGE_KINDS[c.activity_type]!,
          byId: c.admin_id,
          byEmail: c.admin_email,
          description: c.description ?? c.activity_type,
          byOther: c.admin_id !== t.id,
        }))
        .sort((a, b) => b.at - a.at),
    };
  });
}
