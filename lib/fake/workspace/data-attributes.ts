import type { FakeWorkspace } from "./context";
import { DAY } from "./context";
import { adminIdAt } from "./admins";
import { numericId } from "./ids";

/** The workspace's data attributes: Intercom's standard ones plus this workspace's custom ones. */

type Model = "contact" | "company" | "conversation";
type DataType = "string" | "integer" | "float" | "boolean" | "date";

interface AttributeDef {
  model: Model;
  name: string;
  label: string;
  description: string;
  data_type: DataType;
  custom?: boolean;
  archived?: boolean;
  options?: string[];
}

const STANDARD: AttributeDef[] = [
  { model: "contact", name: "name", label: "Name", description: "A person's full name", data_type: "string" },
  { model: "contact", name: "email", label: "Email", description: "A person's email address", data_type: "string" },
  { model: "contact", name: "phone", label: "Phone", description: "A person's phone number", data_type: "string" },
  { model: "contact", name: "external_id", label: "User ID", description: "A number identifying a user", data_type: "string" },
  { model: "contact", name: "role", label: "Role", description: "User or lead", data_type: "string" },
  { model: "contact", name: "owner_id", label: "Owner", description: "The teammate who owns this person", data_type: "integer" },
  { model: "contact", name: "created_at", label: "Created at", description: "When the person was added to Intercom", data_type: "date" },
  { model: "contact", name: "signed_up_at", label: "Signed up", description: "When the user signed up", data_type: "date" },
  { model: "contact", name: "last_seen_at", label: "Last seen", description: "The last time the person used your product", data_type: "date" },
  { model: "contact", name: "last_contacted_at", label: "Last contacted", description: "The last time a teammate messaged the person", data_type: "date" },
  { model: "contact", name: "last_replied_at", label: "Last heard from", description: "The last time the person replied", data_type: "date" },
  { model: "contact", name: "last_email_opened_at", label: "Last opened email", description: "The last time the person opened an email", data_type: "date" },
  { model: "contact", name: "last_email_clicked_at", label: "Last clicked on link in email", description: "The last time the person clicked a link in an email", data_type: "date" },
  { model: "contact", name: "unsubscribed_from_emails", label: "Unsubscribed from emails", description: "Whether the person unsubscribed", data_type: "boolean" },
  { model: "contact", name: "has_hard_bounced", label: "Hard bounced", description: "Whether an email to the person hard bounced", data_type: "boolean" },
  { model: "contact", name: "marked_email_as_spam", label: "Marked email as spam", description: "Whether the person marked an email as spam", data_type: "boolean" },
  { model: "contact", name: "browser", label: "Browser", description: "The browser the person last used", data_type: "string" },
  { model: "contact", name: "browser_language", label: "Browser language", description: "The language of the person's browser", data_type: "string" },
  { model: "contact", name: "language_override", label: "Language override", description: "A language chosen for the person", data_type: "string" },
  { model: "contact", name: "os", label: "OS", description: "The operating system the person last used", data_type: "string" },
  { model: "contact", name: "location.city", label: "City", description: "The city the person was last seen in", data_type: "string" },
  { model: "contact", name: "location.region", label: "Region", description: "The region the person was last seen in", data_type: "string" },
  { model: "contact", name: "location.country", label: "Country", description: "The country the person was last seen in", data_type: "string" },
  { model: "company", name: "name", label: "Company name", description: "The name of a company", data_type: "string" },
  { model: "company", name: "company_id", label: "Company ID", description: "A number identifying a company", data_type: "string" },
  { model: "company", name: "last_request_at", label: "Company last seen", description: "The last day anyone from a company visited your site or app", data_type: "date" },
  { model: "company", name: "remote_created_at", label: "Company created at", description: "The day a company was added to Intercom", data_type: "date" },
  { model: "company", name: "user_count", label: "People", description: "The number of people in a company", data_type: "integer" },
  { model: "company", name: "session_count", label: "Company web sessions", description: "All visits from anyone in a company to your product's site or app", data_type: "integer" },
  { model: "company", name: "plan", label: "Plan", description: "A specific plan or level within your product that companies have signed up to", data_type: "string" },
  { model: "company", name: "monthly_spend", label: "Monthly Spend", description: "The monthly revenue you receive from a company", data_type: "float" },
  { model: "company", name: "size", label: "Company size", description: "The number of people employed in this company", data_type: "integer" },
  { model: "company", name: "industry", label: "Company industry", description: "The category or domain this company belongs to", data_type: "string" },
  { model: "company", name: "website", label: "Company website", description: "The website this company uses", data_type: "string" },
];

const CUSTOM: AttributeDef[] = [
  { model: "contact", name: "plan", label: "Plan", description: "The plan the user pays for", data_type: "string", options: ["Trial", "Starter", "Growth", "Pro", "Enterprise"] },
  { model: "contact", name: "seats", label: "Seats", description: "Licensed seats on the account", data_type: "integer" },
  { model: "contact", name: "mrr", label: "MRR", description: "Monthly recurring revenue in EUR", data_type: "float" },
  { model: "contact", name: "trial_ends_at", label: "Trial ends", description: "When the free trial ends", data_type: "date" },
  { model: "contact", name: "beta_features", label: "Beta features", description: "Opted into beta features", data_type: "boolean" },
  { model: "contact", name: "signup_source", label: "Signup source", description: "Where the user came from", data_type: "string" },
  { model: "contact", name: "account_manager", label: "Account manager", description: "Named account manager", data_type: "string" },
  { model: "contact", name: "legacy_crm_id", label: "Legacy CRM ID", description: "Id in the CRM we migrated away from", data_type: "string", archived: true },
  { model: "contact", name: "nps_score", label: "NPS score", description: "Last NPS answer (survey retired)", data_type: "integer", archived: true },
  { model: "company", name: "tier", label: "Tier", description: "Support tier", data_type: "string", options: ["Bronze", "Silver", "Gold", "Platinum"] },
  { model: "company", name: "region", label: "Sales region", description: "Owning sales region", data_type: "string" },
  { model: "company", name: "renewal_date", label: "Renewal date", description: "Next contract renewal", data_type: "date" },
  { model: "company", name: "csm_email", label: "CSM", description: "Customer success manager", data_type: "string" },
  { model: "company", name: "sso_enabled", label: "SSO enabled", description: "Single sign-on is configured", data_type: "boolean" },
  { model: "company", name: "legacy_account_code", label: "Legacy account code", description: "Old billing system code", data_type: "string", archived: true },
  {
    model: "conversation",
    name: "issue_type",
    label: "Issue type",
    description: "What the conversation is about",
    data_type: "string",
    options: ["Billing", "Bug", "How-to", "Feature request", "Account access"],
  },
  {
    model: "conversation",
    name: "product_area",
    label: "Product area",
    description: "Which part of the product",
    data_type: "string",
    options: ["Dashboard", "Reports", "Integrations", "Mobile app", "API"],
  },
  { model: "conversation", name: "escalated", label: "Escalated", description: "Escalated to engineering", data_type: "boolean" },
  { model: "conversation", name: "refund_amount", label: "Refund amount", description: "Refund granted in EUR", data_type: "float" },
  { model: "conversation", name: "old_priority", label: "Old priority", description: "Replaced by native priority", data_type: "string", archived: true },
];

export interface FakeDataAttribute {
  type: "data_attribute";
  id?: number;
  model: Model;
  name: string;
  full_name: string;
  label: string;
  description: string;
  data_type: DataType;
  options?: string[];
  api_writable: boolean;
  ui_writable: boolean;
  messenger_writable: boolean;
  custom: boolean;
  archived: boolean;
  created_at?: number;
  updated_at?: number;
  admin_id?: string;
}

export function allDataAttributes(ws: FakeWorkspace): FakeDataAttribute[] {
  const standard = STANDARD.map((a) => ({
    type: "data_attribute" as const,
    model: a.model,
    name: a.name,
    full_name: a.name,
    label: a.label,
    description: a.description,
    data_type: a.data_type,
    api_writable: !a.name.endsWith("_at") || a.name === "signed_up_at",
    ui_writable: false,
    messenger_writable: true,
    custom: false,
    archived: false,
  }));
  const custom = CUSTOM.map((a, i) => ({
    type: "data_attribute" as const,
    id: Number(numericId("data_attribute", i)),
    model: a.model,
    name: a.name,
    full_name: a.model === "conversation" ? a.name : `custom_attributes.${a.name}`,
    label: a.label,
    description: a.description,
    data_type: a.data_type,
    ...(a.options ? { options: a.options } : {}),
    api_writable: true,
    ui_writable: true,
    messenger_writable: false,
    custom: true,
    archived: a.archived ?? false,
    created_at: ws.now - (600 - i * 20) * DAY,
    updated_at: ws.now - (200 - i * 5) * DAY,
    admin_id: adminIdAt(i % 5),
  }));
  return [...standard, ...custom];
}
