import { chance, int, pick, pickSkewed, rngFor, type Rng } from "../random";
import { adminIp, allAdmins, allTeams, WORKSPACE_NAME, WORKSPACE_TIMEZONE, type FakeAdmin } from "./admins";
import { DAY, HOUR, type FakeWorkspace } from "./context";

/**
 * The admin activity log. Entry 0 is the newest; entry i's timestamp falls monotonically with i, so
 * a created_at range maps to an index range by binary search and the large workspace (100,000
 * entries) is generated page by page, never held in memory. Timestamps follow an office rhythm in the
 * workspace's time zone (busy weekday mornings, quiet nights and weekends) by inverting the
 * cumulative activity density over the history's hours.
 */

export interface FakeActivityLog {
  id: string;
  performed_by: { type: "admin"; id: string; email: string; ip: string };
  metadata: Record<string, unknown> | null;
  created_at: number;
  activity_type: string;
  activity_description: string;
}

interface Actor {
  admin: FakeAdmin;
  index: number;
}

interface Scene {
  rng: Rng;
  ws: FakeWorkspace;
  actor: Actor;
  /** Another teammate, for changes made to someone else. */
  other: Actor;
  at: number;
}

type Made = { metadata: Record<string, unknown> | null; description: string };

interface ActivityKind {
  type: string;
  /** Relative frequency; sign-ins dominate real audit logs. */
  weight: number;
  /** Teammates (by index) who usually do this; anyone when absent. */
  actors?: readonly number[];
  make(s: Scene): Made;
}

const OWNERS = [0, 23, 17] as const; // Head of Support, Workspace Admin, Support Operations
const LEADS = [0, 1, 2, 17, 23] as const;
const EDITORS = [18, 6, 20, 0] as const;
const CAMPAIGNERS = [17, 6, 20, 10, 11] as const;
const EXPORTERS = [7, 8, 22, 12, 0, 17] as const;

const SIGN_IN_METHODS = ["email_password", "google_sso", "google_sso", "saml_sso"] as const;
const AWAY_REASONS = ["🌴 On holiday", "🍔 On a break", "🤒 Off sick", "📅 In a meeting", "🏠 Finished for the day"] as const;
const PERMISSIONS = ["can_export_data", "can_manage_teammates", "can_manage_billing", "can_access_reports", "can_manage_inbox_rules", "can_delete_conversations"] as const;
const ROLES = ["Support agent", "Team lead", "Admin", "Billing specialist", "Help center editor", "Read only"] as const;
const SEATS = ["Full seat", "Lite seat", "No seat"] as const;
const CAMPAIGNS = ["Spring sale, 20% off", 'Onboarding tour "Getting started"', "Trial ending reminder", "NPS survey Q3", "Feature launch: Shared inboxes", "Win-back, lapsed customers"] as const;
const RULESETS = [
  "Route billing questions to Billing",
  "VIP customers → Enterprise",
  "Auto-close after 3 days idle",
  "Tag refund requests",
  "Out-of-office auto reply",
  "Escalate SLA breaches",
] as const;
const MESSAGES = ["Welcome to Northwind", "Your invoice is ready", "Scheduled maintenance, Sunday 02:00 UTC", "How was your onboarding?"] as const;
const APP_PACKAGES = ["Jira Cloud", "Salesforce", "Stripe", "Slack", "Shopify", "HubSpot", "Zendesk importer"] as const;
const WEBHOOK_URLS = ["https://hooks.northwind.example/intercom", "https://n8n.northwind.example/webhook/intercom-events", "https://warehouse.northwind.example/ingest/intercom"] as const;
const WEBHOOK_TOPICS = ["conversation.user.created", "conversation.admin.closed", "contact.created", "ticket.created", "conversation.rating.added"] as const;
const EXPORT_KINDS = ["conversations", "contacts", "companies", "message data"] as const;
const TOPICS = ["Refunds", "Login problems", "Shipping delays", "API errors", "Pricing questions"] as const;
const EXPECTATIONS = ["a few minutes", "a few hours", "a day", "under an hour"] as const;
const COLORS = ["#1f6feb", "#0e7490", "#7c3aed", "#c2410c", "#15803d"] as const;
const FAILED_SIGN_IN_IPS = ["185.220.101.34", "45.155.205.99", "91.240.118.172", "103.145.13.210"] as const;

function name(a: Actor): string {
  return a.admin.name;
}

function twoDistinct<T>(rng: Rng, items: readonly T[]): [T, T] {
  const a = pick(rng, items);
  let b = pick(rng, items);
  while (b === a && items.length > 1) b = pick(rng, items);
  return [a, b];
}

function byAdmin(s: Scene): Record<string, unknown> {
  return { update_by: Number(s.actor.admin.id), update_by_name: name(s.actor) };
}

function dayLabel(unix: number): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: WORKSPACE_TIMEZONE }).format(new Date(unix * 1000));
}

const KINDS: readonly ActivityKind[] = [
  // Sign-in and security
  {
    type: "admin_login_success",
    weight: 400,
    make: ({ rng, actor }) => ({ metadata: { sign_in_method: pick(rng, SIGN_IN_METHODS) }, description: `${name(actor)} successfully signed in.` }),
  },
  { type: "admin_logout", weight: 110, make: ({ actor }) => ({ metadata: null, description: `${name(actor)} signed out.` }) },
  {
    type: "admin_login_failure",
    weight: 28,
    make: ({ rng, actor }) => ({
      metadata: { sign_in_method: chance(rng, 0.8) ? "email_password" : "google_sso" },
      description: `${name(actor)} failed to sign in.`,
    }),
  },
  { type: "admin_password_reset_request", weight: 5, make: ({ actor }) => ({ metadata: null, description: `${name(actor)} requested a password reset.` }) },
  { type: "admin_password_reset_success", weight: 4, make: ({ actor }) => ({ metadata: null, description: `${name(actor)} reset their password.` }) },
  {
    type: "admin_two_factor_auth_change",
    weight: 3,
    make: ({ rng, actor }) => {
      const enabled = chance(rng, 0.8);
      return {
        metadata: { before: enabled ? "disabled" : "enabled", after: enabled ? "enabled" : "disabled" },
        description: `${name(actor)} ${enabled ? "enabled" : "disabled"} two-factor authentication.`,
      };
    },
  },
  {
    type: "admin_unauthorized_sign_in_method",
    weight: 2,
    make: ({ actor }) => ({ metadata: { sign_in_method: "email_password" }, description: `${name(actor)} tried to sign in with email and password, which this workspace does not allow.` }),
  },
  {
    type: "admin_impersonation_start",
    weight: 3,
    actors: OWNERS,
    make: (s) => ({ metadata: { impersonated_admin: { id: s.other.admin.id, name: name(s.other) } }, description: `${name(s.actor)} started impersonating ${name(s.other)}.` }),
  },
  {
    type: "admin_impersonation_end",
    weight: 3,
    actors: OWNERS,
    make: (s) => ({ metadata: { impersonated_admin: { id: s.other.admin.id, name: name(s.other) } }, description: `${name(s.actor)} stopped impersonating ${name(s.other)}.` }),
  },
  {
    type: "security_settings_change",
    weight: 1,
    actors: OWNERS,
    make: ({ rng, actor }) => {
      const [before, after] = twoDistinct(rng, ["8 hours", "12 hours", "24 hours", "7 days"]);
      return { metadata: { setting: "session_duration", before, after }, description: `${name(actor)} changed the session timeout from ${before} to ${after}.` };
    },
  },
  {
    type: "app_authentication_method_change",
    weight: 0.5,
    actors: OWNERS,
    make: ({ rng, actor }) => {
      const tighten = chance(rng, 0.7);
      const loose = ["email_password", "google_sso"];
      const strict = ["google_sso"];
      return {
        metadata: { before: tighten ? loose : strict, after: tighten ? strict : loose },
        description: `${name(actor)} changed the allowed sign-in methods to ${tighten ? "Google only" : "email and password or Google"}.`,
      };
    },
  },
  {
    type: "app_google_sso_domain_change",
    weight: 0.3,
    actors: OWNERS,
    make: ({ actor }) => ({
      metadata: { before: ["northwind.example"], after: ["northwind.example", "northwind-support.example"] },
      description: `${name(actor)} changed the Google sign-in domains.`,
    }),
  },
  {
    type: "app_identity_verification_change",
    weight: 0.3,
    actors: OWNERS,
    make: ({ rng, actor }) => {
      const on = chance(rng, 0.7);
      return { metadata: { before: !on, after: on }, description: `${name(actor)} turned identity verification ${on ? "on" : "off"} for web.` };
    },
  },

  // Permissions and seats
  {
    type: "admin_permission_change",
    weight: 6,
    actors: LEADS,
    make: (s) => {
      const permission = pick(s.rng, PERMISSIONS);
      const granted = chance(s.rng, 0.6);
      const others = Object.fromEntries(
        PERMISSIONS.filter((p) => p !== permission)
          .slice(0, 3)
          .map((p) => [p, chance(s.rng, 0.5)]),
      );
      return {
        metadata: { ...byAdmin(s), before: { ...others, [permission]: !granted }, after: { ...others, [permission]: granted } },
        description: `${name(s.actor)} changed ${name(s.other)}'s permissions: ${granted ? "granted" : "removed"} ${permission.replace(/_/g, " ")}.`,
      };
    },
  },
  {
    type: "role_change",
    weight: 4,
    actors: OWNERS,
    make: (s) => {
      const [before, after] = twoDistinct(s.rng, ROLES);
      return { metadata: { ...byAdmin(s), before, after }, description: `${name(s.actor)} changed ${name(s.other)}'s role from ${before} to ${after}.` };
    },
  },
  {
    type: "role_creation",
    weight: 1,
    actors: OWNERS,
    make: ({ rng, actor }) => ({ metadata: { role: { name: pick(rng, ["Weekend cover", "QA reviewer", "Contractor"]) } }, description: `${name(actor)} created a new role.` }),
  },
  { type: "role_deletion", weight: 0.5, actors: OWNERS, make: ({ actor }) => ({ metadata: { role: { name: "Contractor" } }, description: `${name(actor)} deleted the Contractor role.` }) },
  {
    type: "seat_change",
    weight: 4,
    actors: OWNERS,
    make: (s) => {
      const [before, after] = twoDistinct(s.rng, SEATS);
      return { metadata: { ...byAdmin(s), before, after }, description: `${name(s.actor)} changed ${name(s.other)}'s seat from ${before} to ${after}.` };
    },
  },
  {
    type: "seat_revoke",
    weight: 1,
    actors: OWNERS,
    make: (s) => ({ metadata: { ...byAdmin(s), before: "Full seat", after: "No seat" }, description: `${name(s.actor)} revoked ${name(s.other)}'s seat.` }),
  },
  {
    type: "inbox_access_change",
    weight: 3,
    actors: LEADS,
    make: (s) => {
      const [before, after] = twoDistinct(s.rng, ["All conversations", "Assigned to them or their teams", "Only assigned to them"]);
      return { metadata: { ...byAdmin(s), before, after }, description: `${name(s.actor)} changed ${name(s.other)}'s inbox access from "${before}" to "${after}".` };
    },
  },

  // Teammates and teams
  {
    type: "admin_away_mode_change",
    weight: 80,
    make: (s) => {
      const away = chance(s.rng, 0.5);
      const reason = away ? pick(s.rng, AWAY_REASONS) : null;
      const reassign = away && chance(s.rng, 0.6);
      return {
        metadata: {
          away_mode: away,
          away_status_reason: reason,
          reassign_conversations: reassign,
          source: `admin update from web - Admin id: ${s.actor.admin.id}`,
          auto_changed: "false",
          ...byAdmin(s),
        },
        description: away ? `${name(s.actor)} set their status to away (${reason})${reassign ? " and reassigns new conversations" : ""}.` : `${name(s.actor)} set their status to active.`,
      };
    },
  },
  {
    type: "admin_assignment_limit_change",
    weight: 3,
    actors: LEADS,
    make: (s) => {
      const before = int(s.rng, 3, 10);
      const after = before + (chance(s.rng, 0.5) ? 2 : -2);
      return { metadata: { ...byAdmin(s), before, after }, description: `${name(s.actor)} changed ${name(s.other)}'s assignment limit from ${before} to ${after}.` };
    },
  },
  { type: "admin_avatar_change", weight: 2, make: ({ actor }) => ({ metadata: null, description: `${name(actor)} changed their avatar.` }) },
  {
    type: "admin_invite_creation",
    weight: 3,
    actors: OWNERS,
    make: ({ rng, actor }) => {
      const email = `${pick(rng, ["alex", "sam", "jordan", "casey", "robin", "kim"])}.${pick(rng, ["ng", "park", "silva", "walsh", "reid"])}@northwind.example`;
      return { metadata: { invitee_email: email, role: pick(rng, ROLES) }, description: `${name(actor)} invited ${email} to join ${WORKSPACE_NAME}.` };
    },
  },
  {
    type: "admin_invite_change",
    weight: 1,
    actors: OWNERS,
    make: ({ actor }) => ({ metadata: { before: "Support agent", after: "Team lead" }, description: `${name(actor)} changed a pending invite's role from Support agent to Team lead.` }),
  },
  { type: "admin_invite_deletion", weight: 1, actors: OWNERS, make: ({ actor }) => ({ metadata: null, description: `${name(actor)} cancelled a pending invite.` }) },
  { type: "app_admin_join", weight: 2, make: ({ actor }) => ({ metadata: null, description: `${name(actor)} joined ${WORKSPACE_NAME}.` }) },
  {
    type: "admin_deletion",
    weight: 0.5,
    actors: OWNERS,
    make: (s) => ({
      metadata: { ...byAdmin(s), deleted_admin_email: "former.teammate@northwind.example" },
      description: `${name(s.actor)} removed former.teammate@northwind.example from the workspace.`,
    }),
  },
  { type: "admin_provisioned", weight: 0.5, actors: OWNERS, make: (s) => ({ metadata: { source: "SCIM" }, description: `${name(s.other)} was provisioned through SCIM by ${name(s.actor)}.` }) },
  { type: "admin_deprovisioned", weight: 0.5, actors: OWNERS, make: (s) => ({ metadata: { source: "SCIM" }, description: `A teammate was deprovisioned through SCIM by ${name(s.actor)}.` }) },
  {
    type: "app_team_membership_modification",
    weight: 5,
    actors: LEADS,
    make: (s) => {
      const team = pick(s.rng, allTeams());
      const added = chance(s.rng, 0.6);
      return {
        metadata: { team: { id: team.id, name: team.name }, ...(added ? { before: null, after: name(s.other) } : { before: name(s.other), after: null }) },
        description: added ? `${name(s.actor)} added ${name(s.other)} to ${team.name}.` : `${name(s.actor)} removed ${name(s.other)} from ${team.name}.`,
      };
    },
  },
  { type: "app_team_creation", weight: 0.5, actors: OWNERS, make: ({ actor }) => ({ metadata: { team: { name: "Weekend cover" } }, description: `${name(actor)} created the team Weekend cover.` }) },
  { type: "app_team_deletion", weight: 0.2, actors: OWNERS, make: ({ actor }) => ({ metadata: { team: { name: "Holiday pilot" } }, description: `${name(actor)} deleted the team Holiday pilot.` }) },

  // Data export and deletion
  {
    type: "app_data_export",
    weight: 3,
    actors: EXPORTERS,
    make: ({ rng, actor, at }) => {
      const kind = pick(rng, EXPORT_KINDS);
      const from = at - int(rng, 7, 90) * DAY;
      return { metadata: { export_type: kind, range_start: from, range_end: at }, description: `${name(actor)} exported ${kind} data from ${dayLabel(from)} to ${dayLabel(at)}.` };
    },
  },
  {
    type: "bulk_export",
    weight: 2,
    actors: EXPORTERS,
    make: ({ rng, actor }) => {
      const count = int(rng, 40, 4_000);
      return { metadata: { count, object_type: "contacts" }, description: `${name(actor)} exported ${count} contacts to CSV.` };
    },
  },
  {
    type: "conversation_pdf_export",
    weight: 6,
    make: ({ rng, actor }) => {
      const id = 210_000_000 + int(rng, 0, 1_499);
      return { metadata: { conversation_id: String(id) }, description: `${name(actor)} exported conversation ${id} as a PDF.` };
    },
  },
  {
    type: "app_data_deletion",
    weight: 0.5,
    actors: OWNERS,
    make: ({ rng, actor }) => {
      const external = Array.from({ length: 24 }, () => "0123456789abcdef"[int(rng, 0, 15)]).join("");
      return { metadata: { external_id: external }, description: `${name(actor)} permanently deleted a user's data (external id ${external}).` };
    },
  },
  {
    type: "bulk_delete",
    weight: 1,
    actors: OWNERS,
    make: ({ rng, actor }) => {
      const count = int(rng, 5, 600);
      return { metadata: { count, object_type: "leads" }, description: `${name(actor)} deleted ${count} leads in bulk.` };
    },
  },
  {
    type: "conversation_part_deletion",
    weight: 3,
    make: ({ rng, actor }) => {
      const id = 210_000_000 + int(rng, 0, 1_499);
      return { metadata: { conversation_id: String(id) }, description: `${name(actor)} deleted a message in conversation ${id}.` };
    },
  },
  {
    type: "message_deletion",
    weight: 1,
    actors: CAMPAIGNERS,
    make: ({ rng, actor }) => ({ metadata: { message: { title: pick(rng, MESSAGES) } }, description: `${name(actor)} deleted the message "${pick(rng, MESSAGES)}".` }),
  },

  // Messenger and help center
  {
    type: "messenger_look_and_feel_change",
    weight: 2,
    actors: EDITORS,
    make: ({ rng, actor }) => {
      const [before, after] = twoDistinct(rng, COLORS);
      return {
        metadata: { before: { primary_color: before, launcher_position: "right" }, after: { primary_color: after, launcher_position: "right" } },
        description: `${name(actor)} changed the Messenger's look and feel.`,
      };
    },
  },
  {
    type: "messenger_spaces_change",
    weight: 1,
    actors: EDITORS,
    make: ({ actor }) => ({ metadata: { before: ["home", "messages"], after: ["home", "messages", "help", "news"] }, description: `${name(actor)} changed the Messenger spaces.` }),
  },
  {
    type: "messenger_search_required_change",
    weight: 0.5,
    actors: EDITORS,
    make: ({ actor }) => ({ metadata: { before: false, after: true }, description: `${name(actor)} now requires customers to search the help center before starting a conversation.` }),
  },
  {
    type: "articles_in_messenger_enabled_change",
    weight: 0.5,
    actors: EDITORS,
    make: ({ actor }) => ({ metadata: { before: false, after: true }, description: `${name(actor)} turned on articles in the Messenger.` }),
  },
  {
    type: "help_center_settings_change",
    weight: 3,
    actors: EDITORS,
    make: ({ rng, actor }) => {
      const [before, after] = twoDistinct(rng, ["Northwind Help", "Northwind Help Center", "Help & Support, Northwind"]);
      return { metadata: { setting: "site_name", before, after }, description: `${name(actor)} changed the help center name from "${before}" to "${after}".` };
    },
  },
  {
    type: "search_browse_enabled_change",
    weight: 0.5,
    actors: EDITORS,
    make: ({ actor }) => ({ metadata: { before: false, after: true }, description: `${name(actor)} turned on search and browse in the Messenger.` }),
  },
  {
    type: "search_browse_required_change",
    weight: 0.3,
    actors: EDITORS,
    make: ({ actor }) => ({ metadata: { before: true, after: false }, description: `${name(actor)} no longer requires search before a new conversation.` }),
  },
  {
    type: "welcome_message_change",
    weight: 1,
    actors: EDITORS,
    make: ({ actor }) => ({
      metadata: { before: "Hi there 👋 How can we help?", after: "Hi 👋 Ask us anything, or search our help center.\nWe usually reply within a few hours." },
      description: `${name(actor)} changed the Messenger welcome message.`,
    }),
  },
  {
    type: "upfront_email_collection_change",
    weight: 0.5,
    actors: EDITORS,
    make: ({ actor }) => ({ metadata: { before: "never", after: "outside office hours" }, description: `${name(actor)} now asks visitors for their email outside office hours.` }),
  },
  {
    type: "inbound_conversations_change",
    weight: 0.5,
    actors: OWNERS,
    make: ({ actor }) => ({ metadata: { before: "everyone", after: "users only" }, description: `${name(actor)} now lets only users start conversations.` }),
  },
  {
    type: "office_hours_change",
    weight: 1,
    actors: LEADS,
    make: ({ actor }) => ({ metadata: { before: "Mon–Fri 09:00–17:00", after: "Mon–Fri 08:00–18:00, Sat 10:00–14:00" }, description: `${name(actor)} changed the office hours.` }),
  },
  {
    type: "temporary_expectation_change",
    weight: 3,
    actors: LEADS,
    make: ({ rng, actor }) => {
      const [before, after] = twoDistinct(rng, EXPECTATIONS);
      return { metadata: { before, after }, description: `${name(actor)} changed the reply-time expectation from "${before}" to "${after}".` };
    },
  },

  // Rules and campaigns
  {
    type: "ruleset_creation",
    weight: 3,
    actors: CAMPAIGNERS,
    make: ({ rng, actor }) => {
      const title = pick(rng, RULESETS);
      return { metadata: { ruleset: { id: int(rng, 1_000, 9_999), title } }, description: `${name(actor)} created the rule "${title}".` };
    },
  },
  {
    type: "ruleset_deletion",
    weight: 1,
    actors: CAMPAIGNERS,
    make: ({ rng, actor }) => {
      const title = pick(rng, RULESETS);
      return { metadata: { ruleset: { id: int(rng, 1_000, 9_999), title } }, description: `${name(actor)} deleted the rule "${title}".` };
    },
  },
  {
    type: "ruleset_activation_title_preview",
    weight: 4,
    actors: CAMPAIGNERS,
    make: ({ rng, actor }) => {
      const title = pick(rng, RULESETS);
      return { metadata: { ruleset: { id: int(rng, 1_000, 9_999), title }, before: "draft", after: "live" }, description: `${name(actor)} set the rule "${title}" live.` };
    },
  },
  {
    type: "campaign_state_change",
    weight: 4,
    actors: CAMPAIGNERS,
    make: ({ rng, actor }) => {
      const title = pick(rng, CAMPAIGNS);
      const [before, after] = twoDistinct(rng, ["draft", "live", "paused"]);
      return { metadata: { campaign: { id: int(rng, 100, 999), title }, before, after }, description: `${name(actor)} changed the campaign ${title} from ${before} to ${after}.` };
    },
  },
  {
    type: "campaign_deletion",
    weight: 0.5,
    actors: CAMPAIGNERS,
    make: ({ rng, actor }) => {
      const title = pick(rng, CAMPAIGNS);
      return { metadata: { campaign: { id: int(rng, 100, 999), title } }, description: `${name(actor)} deleted the campaign ${title}.` };
    },
  },
  {
    type: "message_state_change",
    weight: 6,
    actors: CAMPAIGNERS,
    make: ({ rng, actor }) => {
      const title = pick(rng, MESSAGES);
      const [before, after] = twoDistinct(rng, ["draft", "live", "paused"]);
      return { metadata: { message: { id: int(rng, 100, 999), title }, before, after }, description: `${name(actor)} changed your ${title} message from ${before} to ${after}.` };
    },
  },
  {
    type: "conversation_topic_creation",
    weight: 0.5,
    actors: LEADS,
    make: ({ rng, actor }) => ({ metadata: { topic: { name: pick(rng, TOPICS) } }, description: `${name(actor)} created a conversation topic.` }),
  },
  {
    type: "conversation_topic_change",
    weight: 1,
    actors: LEADS,
    make: ({ rng, actor }) => {
      const topic = pick(rng, TOPICS);
      return {
        metadata: { topic: { name: topic }, before: [`${topic.toLowerCase()}`], after: [`${topic.toLowerCase()}`, "can't log in"] },
        description: `${name(actor)} changed the keywords of the topic ${topic}.`,
      };
    },
  },
  {
    type: "conversation_topic_deletion",
    weight: 0.2,
    actors: LEADS,
    make: ({ actor }) => ({ metadata: { topic: { name: "Holiday returns" } }, description: `${name(actor)} deleted the topic Holiday returns.` }),
  },

  // App settings: webhooks, app packages, workspace identity
  {
    type: "app_webhook_creation",
    weight: 0.5,
    actors: OWNERS,
    make: ({ rng, actor }) => {
      const url = pick(rng, WEBHOOK_URLS);
      return { metadata: { webhook: { url, topics: [pick(rng, WEBHOOK_TOPICS), pick(rng, WEBHOOK_TOPICS)] } }, description: `${name(actor)} created a webhook to ${url}.` };
    },
  },
  {
    type: "app_webhook_deletion",
    weight: 0.3,
    actors: OWNERS,
    make: ({ rng, actor }) => {
      const url = pick(rng, WEBHOOK_URLS);
      return { metadata: { webhook: { url } }, description: `${name(actor)} deleted the webhook to ${url}.` };
    },
  },
  {
    type: "app_package_installation",
    weight: 1,
    actors: OWNERS,
    make: ({ rng, actor }) => {
      const app = pick(rng, APP_PACKAGES);
      return { metadata: { app_package: { name: app } }, description: `${name(actor)} installed ${app}.` };
    },
  },
  {
    type: "app_package_uninstallation",
    weight: 0.5,
    actors: OWNERS,
    make: ({ rng, actor }) => {
      const app = pick(rng, APP_PACKAGES);
      return { metadata: { app_package: { name: app } }, description: `${name(actor)} uninstalled ${app}.` };
    },
  },
  {
    type: "app_package_token_regeneration",
    weight: 0.3,
    actors: OWNERS,
    make: ({ rng, actor }) => {
      const app = pick(rng, APP_PACKAGES);
      return { metadata: { app_package: { name: app } }, description: `${name(actor)} regenerated the access token for ${app}.` };
    },
  },
  {
    type: "app_name_change",
    weight: 0.1,
    actors: OWNERS,
    make: ({ actor }) => ({ metadata: { before: "Northwind", after: WORKSPACE_NAME }, description: `${name(actor)} changed your app name from Northwind to ${WORKSPACE_NAME}.` }),
  },
  {
    type: "app_timezone_change",
    weight: 0.1,
    actors: OWNERS,
    make: ({ actor }) => ({
      metadata: { before: "Europe/London", after: WORKSPACE_TIMEZONE },
      description: `${name(actor)} changed the workspace time zone from Europe/London to ${WORKSPACE_TIMEZONE}.`,
    }),
  },
  {
    type: "app_outbound_address_change",
    weight: 0.3,
    actors: OWNERS,
    make: ({ actor }) => ({
      metadata: { before: "support@northwind.example", after: "help@northwind.example" },
      description: `${name(actor)} changed the outbound email address from support@northwind.example to help@northwind.example.`,
    }),
  },
];

const TOTAL_WEIGHT = KINDS.reduce((sum, k) => sum + k.weight, 0);

function pickKind(rng: Rng): ActivityKind {
  let x = rng() * TOTAL_WEIGHT;
  for (const kind of KINDS) {
    x -= kind.weight;
    if (x < 0) return kind;
  }
  return KINDS[KINDS.length - 1]!;
}

/** How busy an hour is, by local hour and weekday: office hours, a lunch dip, quiet weekends. */
function hourWeight(localHour: number, weekday: number): number {
  const byHour = localHour < 7 ? 0.04 : localHour < 8 ? 0.35 : localHour < 12 ? 1 : localHour < 13 ? 0.6 : localHour < 17 ? 0.95 : localHour < 19 ? 0.35 : localHour < 22 ? 0.12 : 0.05;
  return weekday === 0 || weekday === 6 ? byHour * 0.15 : byHour;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** Cumulative activity weight over the history's hours, hour 0 being the one that ends at `now`. */
function cumulativeHours(ws: FakeWorkspace): Float64Array {
  return ws.memo("activity-log-hours", () => {
    const hours = ws.scale.activityDays * 24;
    const parts = new Intl.DateTimeFormat("en-GB", { timeZone: WORKSPACE_TIMEZONE, hour: "numeric", hourCycle: "h23", weekday: "short" });
    const cumulative = new Float64Array(hours + 1);
    for (let h = 0; h < hours; h++) {
      const mid = new Date((ws.now - h * HOUR - HOUR / 2) * 1000);
      let hour = 0;
      let weekday = 1;
      for (const p of parts.formatToParts(mid)) {
        if (p.type === "hour") hour = Number(p.value);
        if (p.type === "weekday") weekday = WEEKDAYS[p.value] ?? 1;
      }
      // A few busy days (a reorganisation, an incident review) stand out on the charts.
      const day = Math.floor(h / 24);
      const busy = chance(rngFor("activity-log-day", day), 0.04) ? 3 : 1;
      cumulative[h + 1] = cumulative[h]! + hourWeight(hour, weekday) * busy;
    }
    return cumulative;
  });
}

/**
 * What the access review and alerts should find: teammates who stopped signing in over a month
 * ago, and a burst of failed sign-ins from one unfamiliar address about three days back.
 */
export const DORMANT_ADMIN_INDICES = [18, 22] as const;
const DORMANT_FOR = 45 * DAY;
export const BURST_ADMIN_INDEX = 9;
export const BURST_IP = "45.155.205.99";
export const BURST_LENGTH = 7;
const BURST_SPACING = 40;

/** Index of the burst's first (newest) entry: about three days into the history. */
export function burstStart(ws: FakeWorkspace): number {
  return Math.floor((ws.scale.activityLogs * 3) / ws.scale.activityDays);
}

/** Timestamp of entry `index`: non-increasing in index, so ranges map to index ranges. */
export function activityLogTime(ws: FakeWorkspace, index: number): number {
  const burst = burstStart(ws);
  if (index > burst && index < burst + BURST_LENGTH) {
    // Squeeze the burst into a few minutes without passing the next entry, so times stay ordered.
    return Math.max(naturalTime(ws, burst + BURST_LENGTH), naturalTime(ws, burst) - (index - burst) * BURST_SPACING);
  }
  return naturalTime(ws, index);
}

function naturalTime(ws: FakeWorkspace, index: number): number {
  const cumulative = cumulativeHours(ws);
  const hours = cumulative.length - 1;
  const total = cumulative[hours]!;
  const target = ((index + rngFor("activity-log-jitter", index)()) / ws.scale.activityLogs) * total;
  let lo = 0;
  let hi = hours - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cumulative[mid]! <= target) lo = mid;
    else hi = mid - 1;
  }
  const start = cumulative[lo]!;
  const width = cumulative[lo + 1]! - start;
  const into = width > 0 ? (target - start) / width : 0;
  return Math.floor(ws.now - (lo + into) * HOUR);
}

/** The index range [from, to) of entries with after <= created_at <= before. */
export function activityLogIndexRange(ws: FakeWorkspace, after: number, before: number | undefined): [number, number] {
  const n = ws.scale.activityLogs;
  // First index whose time is <= t (times fall as the index grows).
  const firstAtOrBefore = (t: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (activityLogTime(ws, mid) <= t) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const from = before === undefined ? 0 : firstAtOrBefore(before);
  const to = firstAtOrBefore(after - 1);
  return [from, Math.max(from, to)];
}

/** Teammates act unevenly: leads and the busiest agents show up most. */
function actorOrder(ws: FakeWorkspace): Actor[] {
  return ws.memo("activity-log-actors", () => {
    const admins = allAdmins(ws).map((admin, index) => ({ admin, index }));
    const rng = rngFor("activity-log-actors", 0);
    for (let i = admins.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [admins[i], admins[j]] = [admins[j]!, admins[i]!];
    }
    return admins;
  });
}

const KIND_BY_TYPE = new Map(KINDS.map((k) => [k.type, k]));

/** Dormant teammates did nothing lately: their recent turns go to the next teammate in line. */
function activeActor(ws: FakeWorkspace, actor: Actor, at: number): Actor {
  const dormant = DORMANT_ADMIN_INDICES as readonly number[];
  if (!dormant.includes(actor.index) || at < ws.now - DORMANT_FOR) return actor;
  const order = actorOrder(ws).filter((a) => !dormant.includes(a.index));
  return order[actor.index % order.length]!;
}

function chooseActor(ws: FakeWorkspace, rng: Rng, kind: ActivityKind): Actor {
  const admins = allAdmins(ws);
  if (kind.actors) {
    const index = pickSkewed(
      rng,
      kind.actors.filter((i) => i < admins.length),
      1.5,
    );
    return { admin: admins[index]!, index };
  }
  return pickSkewed(rng, actorOrder(ws), 1.6);
}

/**
 * A teammate's IP on a given day: the office, a roaming teammate's café, and now and then a
 * trip or a home connection, so "first sign-in from a new IP" has something to find.
 */
function ipFor(actor: Actor, day: number): string {
  const rng = rngFor("activity-log-travel", actor.index * 10_000 + day);
  if (chance(rng, 0.02)) return `192.0.2.${int(rng, 2, 250)}`;
  return adminIp(actor.index, day);
}

function uuidFor(index: number, rng: Rng): string {
  const hex = (digits: number) => Array.from({ length: digits }, () => Math.floor(rng() * 16).toString(16)).join("");
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${index.toString(16).padStart(12, "0")}`;
}

export function activityLogAt(ws: FakeWorkspace, index: number): FakeActivityLog {
  const rng = rngFor("activity-log", index);
  const at = activityLogTime(ws, index);
  const admins = allAdmins(ws);
  const burst = burstStart(ws);
  const inBurst = index >= burst && index < burst + BURST_LENGTH && BURST_ADMIN_INDEX < admins.length;
  const kind = inBurst ? KIND_BY_TYPE.get("admin_login_failure")! : pickKind(rng);
  const actor = inBurst ? { admin: admins[BURST_ADMIN_INDEX]!, index: BURST_ADMIN_INDEX } : activeActor(ws, chooseActor(ws, rng, kind), at);
  let otherIndex = int(rng, 0, admins.length - 1);
  if (otherIndex === actor.index) otherIndex = (otherIndex + 1) % admins.length;
  const other = { admin: admins[otherIndex]!, index: otherIndex };
  const made = kind.make({ rng, ws, actor, other, at });
  const day = Math.floor((ws.now - at) / DAY);
  // Most failed sign-ins are typos; some come from somewhere the teammate has never been.
  const ip = inBurst ? BURST_IP : kind.type === "admin_login_failure" && chance(rng, 0.25) ? pick(rng, FAILED_SIGN_IN_IPS) : ipFor(actor, day);
  return {
    id: uuidFor(index, rng),
    performed_by: { type: "admin", id: actor.admin.id, email: actor.admin.email, ip },
    metadata: made.metadata,
    created_at: at,
    activity_type: kind.type,
    activity_description: made.description,
  };
}
