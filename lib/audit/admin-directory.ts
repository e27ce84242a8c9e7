import type { Admin, Team } from "@/lib/intercom/types/admins";

/** Search, filter and sort for the teammate directory; pure so the page and tests share it. */

export const ADMIN_SORTS = ["name", "email", "job", "teams", "away", "seat"] as const;
export type AdminSort = (typeof ADMIN_SORTS)[number];

export interface DirectoryQuery {
  q: string | null;
  team: string | null;
  away: "away" | "active" | null;
  sort: AdminSort;
  dir: "asc" | "desc";
}

export function teamNames(admin: Admin, teams: ReadonlyMap<string, Team>): string[] {
  return (admin.team_ids ?? []).map((id) => teams.get(String(id))?.name ?? String(id));
}

export function directory(admins: readonly Admin[], teams: ReadonlyMap<string, Team>, query: DirectoryQuery): Admin[] {
  const q = query.q?.trim().toLowerCase() || null;
  const filtered = admins.filter(
    (a) =>
      (!q || (a.name ?? "").toLowerCase().includes(q) || (a.email ?? "").toLowerCase().includes(q)) &&
      (!query.team || (a.team_ids ?? []).map(String).includes(query.team)) &&
      (!query.away || (query.away === "away") === !!a.away_mode_enabled),
  );
  const key = (a: Admin): string | number => {
    switch (query.sort) {
      case "name":
        return (a.name ?? "").toLowerCase();
      case "email":
        return (a.email ?? "").toLowerCase();
      case "job":
        return (a.job_title ?? "").toLowerCase();
      case "teams":
        return teamNames(a, teams).length;
      case "away":
        return a.away_mode_enabled ? 1 : 0;
      case "seat":
        return a.has_inbox_seat ? 1 : 0;
    }
  };
  const sign = query.dir === "asc" ? 1 : -1;
  return [...filtered].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const primary = typeof ka === "number" && typeof kb === "number" ? ka - kb : String(ka).localeCompare(String(kb));
    return sign * primary || (a.name ?? "").localeCompare(b.name ?? "");
  });
}
