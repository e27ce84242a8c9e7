import { chance, int, pick, pickSkewed, rngFor, sample } from "../random";
import { inboxAdmins } from "./admins";
import { contactCompanyIndexes } from "./companies";
import { DAY, type FakeWorkspace } from "./context";
import { hexIndex } from "./ids";
import { contactNotes } from "./notes";
import { companyIdentity, contactIdentity, LOCATIONS } from "./people";
import { contactSubscriptions } from "./subscriptions";
import { allTags } from "./tags";

/** The full contact record around `contactIdentity`: everything /contacts/{id} shows. */

const COUNTRY_CODES: Record<string, { country_code: string; continent_code: string; dial: string }> = {
  "United States": { country_code: "USA", continent_code: "NA", dial: "+1" },
  Ireland: { country_code: "IRL", continent_code: "EU", dial: "+353" },
  "United Kingdom": { country_code: "GBR", continent_code: "EU", dial: "+44" },
  Germany: { country_code: "DEU", continent_code: "EU", dial: "+49" },
  France: { country_code: "FRA", continent_code: "EU", dial: "+33" },
  Brazil: { country_code: "BRA", continent_code: "SA", dial: "+55" },
  India: { country_code: "IND", continent_code: "AS", dial: "+91" },
  Japan: { country_code: "JPN", continent_code: "AS", dial: "+81" },
  Australia: { country_code: "AUS", continent_code: "OC", dial: "+61" },
  Nigeria: { country_code: "NGA", continent_code: "AF", dial: "+234" },
  Canada: { country_code: "CAN", continent_code: "NA", dial: "+1" },
  Spain: { country_code: "ESP", continent_code: "EU", dial: "+34" },
};

const BROWSERS = [
  { browser: "chrome", versions: ["126.0.6478.127", "127.0.6533.88", "128.0.6613.84"] },
  { browser: "safari", versions: ["17.5", "17.6"] },
  { browser: "firefox", versions: ["127.0", "128.0.3"] },
  { browser: "edge", versions: ["126.0.2592.102"] },
] as const;
const OSES = ["OS X 14.5", "Windows 11", "Windows 10", "Linux", "iOS 17.5", "Android 14"] as const;
const LANGUAGES = ["en", "en-GB", "de", "fr", "es", "pt-BR", "ja"] as const;
const PLANS = ["Trial", "Starter", "Growth", "Pro", "Enterprise"] as const;
const SOURCES = ["Google Ads", "Referral", "Product Hunt", "Organic search", "Partner", "Webinar"] as const;
const IOS_DEVICES = ["iPhone 15", "iPhone 14 Pro", "iPad Air"] as const;
const ANDROID_DEVICES = ["Pixel 8", "Galaxy S24", "OnePlus 12"] as const;

export interface AppliedTag {
  id: string;
  name: string;
  applied_at: number;
  applied_by: { type: "admin"; id: string };
}

/** Everything about a contact that its own random stream decides: cheap enough to scan a million. */
export interface ContactScalars {
  index: number;
  id: string;
  role: "user" | "lead";
  name: string;
  email: string;
  email_domain: string;
  phone: string | null;
  external_id: string | null;
  owner_id: number | null;
  created_at: number;
  updated_at: number;
  signed_up_at: number | null;
  last_seen_at: number | null;
  last_replied_at: number | null;
  last_contacted_at: number | null;
  last_email_opened_at: number | null;
  last_email_clicked_at: number | null;
  language_override: string | null;
  browser: string | null;
  browser_version: string | null;
  browser_language: string | null;
  os: string | null;
  location: { country: string; region: string; city: string; country_code: string; continent_code: string } | null;
  ios: { app_name: string; app_version: string; device: string; os_version: string; sdk_version: string; last_seen_at: number } | null;
  android: { app_name: string; app_version: string; device: string; os_version: string; sdk_version: string; last_seen_at: number } | null;
  has_hard_bounced: boolean;
  marked_email_as_spam: boolean;
  unsubscribed_from_emails: boolean;
  custom_attributes: Record<string, string | number | boolean | null>;
  tags: AppliedTag[];
  utm_source: string | null;
  referrer: string | null;
}

/** The scalars plus the contact's links to companies, notes and subscriptions. */
export interface FakeContact extends ContactScalars {
  companyIds: string[];
  noteIds: string[];
  subscriptionIds: { in: string[]; out: string[] };
}

export function contactAt(ws: FakeWorkspace, index: number): FakeContact {
  const subscriptions = contactSubscriptions(ws, index);
  return {
    ...contactScalars(ws, index),
    companyIds: contactCompanyIndexes(ws, index).map((j) => companyIdentity(ws, j).id),
    noteIds: contactNotes(ws, index).map((n) => n.id),
    subscriptionIds: {
      in: subscriptions.filter((s) => s.consent_type === "opt_in").map((s) => s.id),
      out: subscriptions.filter((s) => s.consent_type === "opt_out").map((s) => s.id),
    },
  };
}

export function contactScalars(ws: FakeWorkspace, index: number): ContactScalars {
  const identity = contactIdentity(ws, index);
  const rng = rngFor("contact", index);
  const isUser = identity.role === "user";
  const loc = pick(rng, LOCATIONS);
  const codes = COUNTRY_CODES[loc.country]!;
  const browser = pick(rng, BROWSERS);
  const active = chance(rng, isUser ? 0.92 : 0.6);
  // Skewed towards recent activity: most users were seen in the last month, some are slipping away.
  const lastSeen = active ? Math.max(identity.created_at, ws.now - Math.floor(rng() ** 2.2 * 150 * DAY) - int(rng, 0, DAY - 1)) : null;
  const contacted = chance(rng, 0.55) ? Math.max(identity.created_at, ws.now - int(rng, 0, 120) * DAY - int(rng, 0, DAY - 1)) : null;
  const replied = contacted && chance(rng, 0.7) ? Math.min(ws.now, contacted + int(rng, 60, 3 * DAY)) : null;
  const admins = inboxAdmins(ws);
  const owner = isUser && chance(rng, 0.45) ? pick(rng, admins) : null;
  const tagCount = chance(rng, 0.5) ? int(rng, 1, 3) : 0;
  const tags: AppliedTag[] = [];
  for (const tag of sample(rng, allTags(), tagCount)) {
    tags.push({
      id: tag.id,
      name: tag.name,
      applied_at: identity.created_at + Math.floor(rng() * (ws.now - identity.created_at)),
      applied_by: { type: "admin" as const, id: pickSkewed(rng, admins).id },
    });
  }
  const mobile = isUser && chance(rng, 0.25) ? (chance(rng, 0.5) ? "ios" : "android") : null;
  const appSeen = lastSeen ? lastSeen - int(rng, 0, 20) * DAY : ws.now - int(rng, 30, 200) * DAY;
  const plan = isUser ? pickSkewed(rng, PLANS.slice(1), 1.4) : "Trial";
  const email = identity.email;
  const hasPhone = chance(rng, 0.6);
  return {
    index,
    id: identity.id,
    role: identity.role,
    name: identity.name,
    email,
    email_domain: email.slice(email.indexOf("@") + 1),
    phone: hasPhone ? `${codes.dial}${int(rng, 200, 989)}${int(rng, 100_000, 999_999)}` : null,
    external_id: identity.external_id,
    owner_id: owner ? Number(owner.id) : null,
    created_at: identity.created_at,
    updated_at: Math.max(identity.created_at, lastSeen ?? identity.created_at, replied ?? 0),
    signed_up_at: isUser ? identity.created_at + int(rng, 0, 3_600) : null,
    last_seen_at: lastSeen,
    last_replied_at: replied,
    last_contacted_at: contacted,
    last_email_opened_at: contacted && chance(rng, 0.6) ? Math.min(ws.now, contacted + int(rng, 300, 2 * DAY)) : null,
    last_email_clicked_at: contacted && chance(rng, 0.25) ? Math.min(ws.now, contacted + int(rng, 600, 3 * DAY)) : null,
    language_override: chance(rng, 0.1) ? pick(rng, LANGUAGES) : null,
    browser: active ? browser.browser : null,
    browser_version: active ? pick(rng, browser.versions) : null,
    browser_language: active ? pick(rng, LANGUAGES) : null,
    os: active ? pick(rng, OSES) : null,
    location: chance(rng, 0.93) ? { ...loc, country_code: codes.country_code, continent_code: codes.continent_code } : null,
    ios:
      mobile === "ios"
        ? {
            app_name: "Northwind",
            app_version: `4.${int(rng, 2, 9)}.${int(rng, 0, 4)}`,
            device: pick(rng, IOS_DEVICES),
            os_version: `17.${int(rng, 1, 5)}`,
            sdk_version: "15.1.2",
            last_seen_at: appSeen,
          }
        : null,
    android:
      mobile === "android"
        ? {
            app_name: "Northwind",
            app_version: `4.${int(rng, 2, 9)}.${int(rng, 0, 4)}`,
            device: pick(rng, ANDROID_DEVICES),
            os_version: String(int(rng, 12, 14)),
            sdk_version: "15.0.1",
            last_seen_at: appSeen,
          }
        : null,
    has_hard_bounced: chance(rng, 0.02),
    marked_email_as_spam: chance(rng, 0.01),
    unsubscribed_from_emails: chance(rng, 0.08),
    custom_attributes: {
      plan,
      seats: isUser ? int(rng, 1, plan === "Enterprise" ? 400 : 25) : null,
      mrr: isUser ? Math.round(rng() * (plan === "Enterprise" ? 9_000 : 600) * 100) / 100 : null,
      trial_ends_at: plan === "Trial" ? identity.created_at + 14 * DAY : null,
      beta_features: chance(rng, 0.15),
      signup_source: pick(rng, SOURCES),
      account_manager: owner ? owner.name : null,
      ...(index % 9 === 0 ? { legacy_crm_id: `CRM-${(40_000 + index).toString()}` } : {}),
    },
    tags,
    utm_source: chance(rng, 0.3) ? pick(rng, ["google", "newsletter", "linkedin", "partner"]) : null,
    referrer: chance(rng, 0.3) ? pick(rng, ["https://www.google.com/", "https://news.ycombinator.com/", "https://www.linkedin.com/"]) : null,
  };
}

/** A contact index from its Intercom id, or null when the id names no contact. */
export function contactIndexOf(ws: FakeWorkspace, id: string): number | null {
  return hexIndex("contact", id, ws.scale.contacts);
}

/** Contact index behind an external id (`usr_<100000 + index>`), when it exists. */
export function contactIndexByExternalId(ws: FakeWorkspace, externalId: string): number | null {
  const m = /^usr_(\d{6,8})$/.exec(externalId);
  if (!m) return null;
  const index = Number(m[1]) - 100_000;
  if (index < 0 || index >= ws.scale.contacts) return null;
  return contactIdentity(ws, index).external_id === externalId ? index : null;
}

/** Contact index behind an email (the local part ends in the index), when it exists. */
export function contactIndexByEmail(ws: FakeWorkspace, email: string): number | null {
  const m = /(\d+)@/.exec(email);
  if (!m) return null;
  const index = Number(m[1]);
  if (!Number.isSafeInteger(index) || index >= ws.scale.contacts) return null;
  return contactIdentity(ws, index).email.toLowerCase() === email.toLowerCase() ? index : null;
}
