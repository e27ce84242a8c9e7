import { numericId } from "./ids";
import { chance, int, rngFor } from "../random";
import type { FakeWorkspace } from "./context";

/** Teammates, teams and the workspace itself (/me). */

const TEAMMATES: { name: string; job: string }[] = [
  { name: "Aoife Byrne", job: "Head of Support" },
  { name: "Marcus Chen", job: "Support Team Lead" },
  { name: "Sofia Alvarez", job: "Support Team Lead" },
  { name: "Jonah Whitfield", job: "Senior Support Engineer" },
  { name: "Priya Raman", job: "Support Engineer" },
  { name: "Tobias Keller", job: "Support Engineer" },
  { name: "Lucía Fernández", job: "Customer Success Manager" },
  { name: "Kwame Mensah", job: "Billing Specialist" },
  { name: "Ingrid Solberg", job: "Billing Specialist" },
  { name: "Hiroshi Tanaka", job: "Technical Support" },
  { name: "Fatima Zahra", job: "Onboarding Specialist" },
  { name: "Olivier Martin", job: "Onboarding Specialist" },
  { name: "Grace Liu", job: "Enterprise Support" },
  { name: "Daniel Okoro", job: "Enterprise Support" },
  { name: "Emma Schultz", job: "Support Engineer" },
  { name: "Rafael Costa", job: "Escalations Engineer" },
  { name: "Nina Petrova", job: "Escalations Engineer" },
  { name: "Samuel Adler", job: "Support Operations" },
  { name: "Chloe Dubois", job: "Help Center Editor" },
  { name: "Arjun Mehta", job: "Support Engineer" },
  { name: "Maya Goldberg", job: "Customer Success Manager" },
  { name: "Liam O'Connor", job: "Support Engineer (Weekend)" },
  { name: "Yara Haddad", job: "Quality Analyst" },
  { name: "Felix Wagner", job: "Workspace Admin" },
  { name: "Zanele Dlamini", job: "Support Engineer" },
];

const TEAMS: { name: string; members: number[]; primary: number[]; secondary: number[] }[] = [
  { name: "Support Tier 1", members: [1, 4, 5, 14, 19, 21, 24], primary: [4, 5], secondary: [14] },
  { name: "Support Tier 2", members: [2, 3, 9, 14], primary: [3], secondary: [9] },
  { name: "Billing", members: [7, 8, 1], primary: [7], secondary: [8] },
  { name: "Onboarding", members: [10, 11, 6, 20], primary: [10], secondary: [11, 6] },
  { name: "Enterprise", members: [12, 13, 6, 20, 2], primary: [12], secondary: [13] },
  { name: "Escalations", members: [15, 16, 3, 0], primary: [15], secondary: [16] },
];

export interface FakeAdmin {
  type: "admin";
  id: string;
  name: string;
  email: string;
  job_title: string;
  away_mode_enabled: boolean;
  away_mode_reassign: boolean;
  has_inbox_seat: boolean;
  team_ids: number[];
  avatar: string | null;
  team_priority_level: { primary_team_ids?: number[]; secondary_team_ids?: number[] };
}

export interface FakeTeam {
  type: "team";
  id: string;
  name: string;
  admin_ids: number[];
  admin_priority_level: { primary_admin_ids: number[]; secondary_admin_ids: number[] };
}

export const WORKSPACE_NAME = "Northwind Support";
export const WORKSPACE_TIMEZONE = "Europe/Dublin";

function emailOf(name: string): string {
  return `${name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z ]/g, "")
    .replace(/ +/g, ".")}@northwind.example`;
}

export function adminIdAt(index: number): string {
  return numericId("admin", index);
}

export function teamIdAt(index: number): string {
  return numericId("team", index);
}

export function allAdmins(ws: FakeWorkspace): FakeAdmin[] {
  return ws.memo("admins", () =>
    TEAMMATES.slice(0, ws.scale.admins).map((t, i) => {
      const rng = rngFor("admin", i);
      const teams = TEAMS.map((team, ti) => ({ team, ti })).filter(({ team }) => team.members.includes(i));
      const away = i === 5 || i === 11 || i === 21 || chance(rng, 0.05);
      return {
        type: "admin" as const,
        id: adminIdAt(i),
        name: t.name,
        email: emailOf(t.name),
        job_title: t.job,
        away_mode_enabled: away,
        away_mode_reassign: away && i !== 11,
        // Editors, ops and admins work outside the inbox.
        has_inbox_seat: !/Editor|Operations|Workspace Admin|Quality/.test(t.job),
        team_ids: teams.map(({ ti }) => Number(teamIdAt(ti))),
        avatar: null,
        team_priority_level: {
          primary_team_ids: teams.filter(({ team }) => team.primary.includes(i)).map(({ ti }) => Number(teamIdAt(ti))),
          secondary_team_ids: teams.filter(({ team }) => team.secondary.includes(i)).map(({ ti }) => Number(teamIdAt(ti))),
        },
      };
    }),
  );
}

export function allTeams(): FakeTeam[] {
  return TEAMS.map((team, i) => ({
    type: "team" as const,
    id: teamIdAt(i),
    name: team.name,
    admin_ids: team.members.map((m) => Number(adminIdAt(m))),
    admin_priority_level: {
      primary_admin_ids: team.primary.map((m) => Number(adminIdAt(m))),
      secondary_admin_ids: team.secondary.map((m) => Number(adminIdAt(m))),
    },
  }));
}

/** Teammates who answer customers: the ones conversations get assigned to. */
export function inboxAdmins(ws: FakeWorkspace): FakeAdmin[] {
  return allAdmins(ws).filter((a) => a.has_inbox_seat);
}

export function me(ws: FakeWorkspace) {
  const owner = allAdmins(ws)[0]!;
  return {
    type: "admin" as const,
    id: owner.id,
    email: owner.email,
    name: owner.name,
    email_verified: true,
    app: {
      type: "app" as const,
      id_code: "nw5upp0rt",
      name: WORKSPACE_NAME,
      created_at: ws.now - 3 * 365 * 86_400,
      secure: true,
      identity_verification: true,
      timezone: WORKSPACE_TIMEZONE,
      region: "Europe",
    },
    avatar: { type: "avatar" as const, image_url: null },
    has_inbox_seat: owner.has_inbox_seat,
  };
}

/** A plausible office IP for a teammate; a few teammates roam. */
export function adminIp(adminIndex: number, salt: number): string {
  const rng = rngFor("admin-ip", adminIndex * 1_000 + salt);
  return adminIndex % 7 === 3 && chance(rng, 0.4) ? `198.51.100.${int(rng, 2, 250)}` : `203.0.113.${10 + (adminIndex % 20)}`;
}
