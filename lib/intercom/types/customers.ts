/** Intercom 2.9 shapes for contacts, companies, segments, tags, notes, events and visitors. Every field may be missing or null. */

import type { Admin } from "./admins";

export interface CursorPages {
  type?: "pages";
  page?: number | null;
  per_page?: number | null;
  total_pages?: number | null;
  next?: { per_page?: number | null; starting_after?: string | null } | null;
}

export interface LinkPages {
  type?: "pages";
  page?: number | null;
  per_page?: number | null;
  total_pages?: number | null;
  next?: string | null;
}

/** A reference list embedded in a contact (tags, notes, companies, subscriptions). */
export interface EmbeddedList {
  type?: "list";
  data?: { type?: string; id: string; url?: string | null }[] | null;
  url?: string | null;
  total_count?: number | null;
  has_more?: boolean | null;
}

export interface ContactLocation {
  type?: "location";
  country?: string | null;
  region?: string | null;
  city?: string | null;
  country_code?: string | null;
  continent_code?: string | null;
}

export type AttributeValue = string | number | boolean | null | undefined;

export interface Contact {
  type: "contact";
  id: string;
  workspace_id?: string | null;
  external_id?: string | null;
  role?: "user" | "lead" | null;
  email?: string | null;
  email_domain?: string | null;
  phone?: string | null;
  name?: string | null;
  avatar?: string | { image_url?: string | null } | null;
  owner_id?: number | null;
  has_hard_bounced?: boolean | null;
  marked_email_as_spam?: boolean | null;
  unsubscribed_from_emails?: boolean | null;
  created_at?: number | null;
  updated_at?: number | null;
  signed_up_at?: number | null;
  last_seen_at?: number | null;
  last_replied_at?: number | null;
  last_contacted_at?: number | null;
  last_email_opened_at?: number | null;
  last_email_clicked_at?: number | null;
  language_override?: string | null;
  browser?: string | null;
  browser_version?: string | null;
  browser_language?: string | null;
  os?: string | null;
  location?: ContactLocation | null;
  android_app_name?: string | null;
  android_app_version?: string | null;
  android_device?: string | null;
  android_os_version?: string | null;
  android_sdk_version?: string | null;
  android_last_seen_at?: number | null;
  ios_app_name?: string | null;
  ios_app_version?: string | null;
  ios_device?: string | null;
  ios_os_version?: string | null;
  ios_sdk_version?: string | null;
  ios_last_seen_at?: number | null;
  custom_attributes?: Record<string, AttributeValue | object> | null;
  tags?: EmbeddedList | null;
  notes?: EmbeddedList | null;
  companies?: EmbeddedList | null;
  opted_in_subscription_types?: EmbeddedList | null;
  opted_out_subscription_types?: EmbeddedList | null;
  utm_source?: string | null;
  utm_medium?: string | null;
  utm_campaign?: string | null;
  referrer?: string | null;
}

export interface ContactList {
  type: "list";
  data: Contact[];
  total_count?: number | null;
  pages?: CursorPages | null;
}

export interface Tag {
  type: "tag";
  id: string;
  name?: string | null;
  applied_at?: number | null;
  applied_by?: { type?: string; id?: string | null } | null;
}

export interface TagList {
  type: "list";
  data: Tag[];
}

export interface Segment {
  type: "segment";
  id: string;
  name?: string | null;
  created_at?: number | null;
  updated_at?: number | null;
  person_type?: "user" | "lead" | null;
  count?: number | null;
}

export interface SegmentList {
  type: "segment.list";
  segments: Segment[];
}

export interface AttachedSegments {
  type: "list";
  data: Segment[];
}

export interface Company {
  type: "company";
  id: string;
  company_id?: string | null;
  app_id?: string | null;
  name?: string | null;
  remote_created_at?: number | null;
  created_at?: number | null;
  updated_at?: number | null;
  last_request_at?: number | null;
  monthly_spend?: number | null;
  session_count?: number | null;
  user_count?: number | null;
  size?: number | null;
  website?: string | null;
  industry?: string | null;
  plan?: { type?: string; id?: string | null; name?: string | null } | Record<string, never> | null;
  custom_attributes?: Record<string, AttributeValue | object> | null;
  tags?: { type?: string; tags?: Tag[] | null } | null;
  segments?: { type?: string; segments?: Segment[] | null } | null;
}

export interface CompanyList {
  type: "list";
  data: Company[];
  total_count?: number | null;
  pages?: CursorPages | null;
}

export interface CompanyScroll {
  type: "list";
  data: Company[];
  scroll_param?: string | null;
}

/** /contacts/{id}/companies: the example uses `data`, the schema `companies`; read both. */
export interface ContactCompanies {
  type: "list";
  data?: Company[] | null;
  companies?: Company[] | null;
  total_count?: number | null;
  pages?: LinkPages | null;
}

export interface Note {
  type: "note";
  id: string;
  created_at?: number | null;
  contact?: { type?: string; id?: string | null } | null;
  author?: Partial<Admin> | null;
  body?: string | null;
}

export interface NoteList {
  type: "list";
  data: Note[];
  total_count?: number | null;
  pages?: CursorPages | null;
}

export interface EventSummaryItem {
  name?: string | null;
  first?: string | null;
  last?: string | null;
  count?: number | null;
  description?: string | null;
}

export interface EventSummary {
  type: "event.summary";
  email?: string | null;
  intercom_user_id?: string | null;
  user_id?: string | null;
  events?: EventSummaryItem[] | null;
  pages?: { next?: string | null } | null;
}

/** /events without `summary`: the contact's events one by one. */
export interface EventList {
  type: "event.list";
  events?:
    | {
        type: "event";
        id: string;
        event_name: string;
        created_at: number;
        email?: string | null;
        intercom_user_id?: string | null;
        user_id?: string | null;
        metadata?: Record<string, string | number> | null;
      }[]
    | null;
  pages?: { next?: string | null } | null;
}

export interface Translation {
  name?: string | null;
  description?: string | null;
  locale?: string | null;
}

export interface SubscriptionType {
  type: "subscription";
  id: string;
  state?: "live" | "draft" | "archived" | null;
  consent_type?: "opt_in" | "opt_out" | null;
  default_translation?: Translation | null;
  translations?: Translation[] | null;
  content_types?: string[] | null;
}

export interface SubscriptionTypeList {
  type: "list";
  data: SubscriptionType[];
}

export type DataAttributeModel = "contact" | "company" | "conversation";

export interface DataAttribute {
  type: "data_attribute";
  id?: number | null;
  model?: DataAttributeModel | null;
  name?: string | null;
  full_name?: string | null;
  label?: string | null;
  description?: string | null;
  data_type?: string | null;
  options?: string[] | null;
  api_writable?: boolean | null;
  ui_writable?: boolean | null;
  messenger_writable?: boolean | null;
  custom?: boolean | null;
  archived?: boolean | null;
  created_at?: number | null;
  updated_at?: number | null;
  admin_id?: string | null;
}

export interface DataAttributeList {
  type: "list";
  data: DataAttribute[];
}

export interface Visitor {
  type: "visitor";
  id: string;
  user_id?: string | null;
  anonymous?: boolean | null;
  email?: string | null;
  phone?: string | null;
  name?: string | null;
  pseudonym?: string | null;
  avatar?: { image_url?: string | null } | null;
  companies?: { companies?: Company[] | null } | null;
  location_data?: {
    city_name?: string | null;
    continent_code?: string | null;
    country_code?: string | null;
    country_name?: string | null;
    postal_code?: string | null;
    region_name?: string | null;
    timezone?: string | null;
  } | null;
  last_request_at?: number | null;
  created_at?: number | null;
  signed_up_at?: number | null;
  updated_at?: number | null;
  session_count?: number | null;
  owner_id?: string | number | null;
  unsubscribed_from_emails?: boolean | null;
  marked_email_as_spam?: boolean | null;
  has_hard_bounced?: boolean | null;
  tags?: { tags?: Tag[] | null } | null;
  segments?: { segments?: Segment[] | null } | null;
  custom_attributes?: Record<string, AttributeValue | object> | null;
  referrer?: string | null;
  utm_source?: string | null;
  utm_medium?: string | null;
  utm_campaign?: string | null;
}
