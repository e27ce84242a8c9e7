/**
 * Readable categories for Intercom's activity types, and which entries a security reviewer looks at
 * first. Intercom adds types over time (the SDK knows ~100); unknown ones fall back by name.
 */

export const CATEGORIES = [
  { id: "security", label: "Sign-in and security", color: "#2563eb" },
  { id: "permissions", label: "Permissions and seats", color: "#9333ea" },
  { id: "teammates", label: "Teammates and teams", color: "#0d9488" },
  { id: "data", label: "Data export and deletion", color: "#dc2626" },
  { id: "messenger", label: "Messenger and help center", color: "#d97706" },
  { id: "rules", label: "Rules and campaigns", color: "#65a30d" },
  { id: "app", label: "App settings", color: "#475569" },
  { id: "other", label: "Other", color: "#94a3b8" },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]["id"];

export const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);

const BY_TYPE: Record<string, CategoryId> = {
  admin_login_success: "security",
  admin_login_failure: "security",
  admin_logout: "security",
  admin_password_reset_request: "security",
  admin_password_reset_success: "security",
  admin_two_factor_auth_change: "security",
  admin_unauthorized_sign_in_method: "security",
  admin_impersonation_start: "security",
  admin_impersonation_end: "security",
  app_authentication_method_change: "security",
  app_google_sso_domain_change: "security",
  app_identity_verification_change: "security",
  security_settings_change: "security",

  admin_permission_change: "permissions",
  role_change: "permissions",
  role_creation: "permissions",
  role_deletion: "permissions",
  seat_change: "permissions",
  seat_revoke: "permissions",
  inbox_access_change: "permissions",

  admin_assignment_limit_change: "teammates",
  admin_avatar_change: "teammates",
  admin_away_mode_change: "teammates",
  admin_deletion: "teammates",
  admin_deprovisioned: "teammates",
  admin_provisioned: "teammates",
  admin_invite_change: "teammates",
  admin_invite_creation: "teammates",
  admin_invite_deletion: "teammates",
  app_admin_join: "teammates",
  app_team_creation: "teammates",
  app_team_deletion: "teammates",
  app_team_membership_modification: "teammates",

  app_data_export: "data",
  app_data_deletion: "data",
  bulk_export: "data",
  bulk_delete: "data",
  conversation_pdf_export: "data",
  conversation_part_deletion: "data",
  message_deletion: "data",

  articles_in_messenger_enabled_change: "messenger",
  help_center_settings_change: "messenger",
  inbound_conversations_change: "messenger",
  messenger_look_and_feel_change: "messenger",
  messenger_search_required_change: "messenger",
  messenger_spaces_change: "messenger",
  office_hours_change: "messenger",
  search_browse_enabled_change: "messenger",
  search_browse_required_change: "messenger",
  temporary_expectation_change: "messenger",
  upfront_email_collection_change: "messenger",
  welcome_message_change: "messenger",

  campaign_deletion: "rules",
  campaign_state_change: "rules",
  message_state_change: "rules",
  ruleset_activation_title_preview: "rules",
  ruleset_creation: "rules",
  ruleset_deletion: "rules",
  conversation_topic_change: "rules",
  conversation_topic_creation: "rules",
  conversation_topic_deletion: "rules",

  app_name_change: "app",
  app_timezone_change: "app",
  app_outbound_address_change: "app",
  app_webhook_creation: "app",
  app_webhook_deletion: "app",
  app_package_installation: "app",
  app_package_uninstallation: "app",
  app_package_token_regeneration: "app",
};

/** Every activity type Lens knows by name, for the type filter. */
export const KNOWN_TYPES: readonly string[] = Object.keys(BY_TYPE).sort();

const FALLBACKS: [RegExp, CategoryId][] = [
  [/login|logout|sign_in|password|two_factor|sso|impersonat|security|authentication|identity_verification/, "security"],
  [/permission|role|seat|inbox_access/, "permissions"],
  [/export|delet|bulk/, "data"],
  [/messenger|help_center|article|search_browse|office_hours|welcome/, "messenger"],
  [/ruleset|campaign|message|series|workflow|topic/, "rules"],
  [/admin|team|invite/, "teammates"],
  [/^app_|webhook|package/, "app"],
];

export function categoryOf(type: string | null | undefined): CategoryId {
  if (!type) return "other";
  const known = BY_TYPE[type];
  if (known) return known;
  return FALLBACKS.find(([pattern]) => pattern.test(type))?.[1] ?? "other";
}

export function categoryLabel(id: CategoryId): string {
  return CATEGORIES.find((c) => c.id === id)?.label ?? "Other";
}

export function categoryColor(id: CategoryId): string {
  return CATEGORIES.find((c) => c.id === id)?.color ?? "#94a3b8";
}

export function isCategoryId(value: string | null | undefined): value is CategoryId {
  return CATEGORY_IDS.includes(value as CategoryId);
}

const LABELS: Record<string, string> = {
  admin_login_success: "Signed in",
  admin_login_failure: "Failed sign-in",
  admin_logout: "Signed out",
  admin_unauthorized_sign_in_method: "Disallowed sign-in method",
  admin_two_factor_auth_change: "Two-factor change",
  admin_impersonation_start: "Impersonation started",
  admin_impersonation_end: "Impersonation ended",
  app_data_export: "Data export",
  app_data_deletion: "Data deletion",
  conversation_pdf_export: "Conversation PDF export",
  ruleset_activation_title_preview: "Rule set live",
  messenger_look_and_feel_change: "Messenger look and feel",
  app_team_membership_modification: "Team membership change",
  app_admin_join: "Teammate joined",
  temporary_expectation_change: "Reply-time expectation",
  upfront_email_collection_change: "Upfront email collection",
  app_package_token_regeneration: "App token regenerated",
};

/** "admin_away_mode_change" → "Away mode change", with a few hand-written names. */
export function typeLabel(type: string | null | undefined): string {
  if (!type) return "Unknown";
  const label = LABELS[type];
  if (label) return label;
  const words = type.replace(/^(admin|app)_/, "").replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The types a security review reads first; the store's sensitive filter lists them in SQL. */
export const SENSITIVE_TYPES: readonly string[] = [
  "admin_impersonation_start",
  "admin_impersonation_end",
  "app_data_export",
  "app_data_deletion",
  "bulk_export",
  "bulk_delete",
  "conversation_pdf_export",
  "conversation_part_deletion",
  "message_deletion",
  "admin_deletion",
  "admin_permission_change",
  "role_change",
  "role_creation",
  "role_deletion",
  "admin_two_factor_auth_change",
  "admin_password_reset_success",
  "admin_unauthorized_sign_in_method",
  "app_authentication_method_change",
  "app_google_sso_domain_change",
  "app_identity_verification_change",
  "security_settings_change",
  "app_webhook_creation",
  "app_webhook_deletion",
  "app_package_installation",
  "app_package_uninstallation",
  "app_package_token_regeneration",
  "admin_login_failure",
];
const SENSITIVE = new Set(SENSITIVE_TYPES);

/**
 * What a security reviewer reads first: impersonation, exports and deletions, permission and role
 * changes, two-factor and authentication changes, webhooks and app packages, failed sign-ins.
 */
export function isSensitiveType(type: string | null | undefined): boolean {
  return !!type && SENSITIVE.has(type);
}
