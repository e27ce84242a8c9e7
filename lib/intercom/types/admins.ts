/** Intercom 2.9 shapes for teammates, teams and the workspace. Every field may be missing or null. */

export interface Admin {
  type: "admin";
  id: string;
  name: string | null;
  email: string | null;
  job_title?: string | null;
  away_mode_enabled?: boolean | null;
  away_mode_reassign?: boolean | null;
  has_inbox_seat?: boolean | null;
  team_ids?: number[] | null;
  avatar?: string | { type?: string; image_url?: string | null } | null;
  team_priority_level?: { primary_team_ids?: number[] | null; secondary_team_ids?: number[] | null } | null;
}

export interface AdminList {
  type: "admin.list";
  admins: Admin[];
}

export interface Team {
  type: "team";
  id: string;
  name: string | null;
  admin_ids?: number[] | null;
  admin_priority_level?: { primary_admin_ids?: number[] | null; secondary_admin_ids?: number[] | null } | null;
}

export interface TeamList {
  type: "team.list";
  teams: Team[];
}

export interface Me extends Omit<Admin, "avatar"> {
  email_verified?: boolean | null;
  avatar?: { type?: string; image_url?: string | null } | null;
  app?: {
    type?: string;
    id_code?: string | null;
    name?: string | null;
    created_at?: number | null;
    timezone?: string | null;
    region?: string | null;
    identity_verification?: boolean | null;
  } | null;
}
