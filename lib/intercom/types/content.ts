/** Intercom 2.9 shapes for the help center, articles, news and content exports. Every field may be missing or null. */

export interface PagesInfo {
  type?: "pages";
  page?: number | null;
  per_page?: number | null;
  total_pages?: number | null;
}

export interface PageList<T> {
  type: "list";
  data: T[];
  total_count?: number | null;
  pages?: PagesInfo | null;
}

export interface HelpCenter {
  id: string;
  workspace_id?: string | null;
  created_at?: number | null;
  updated_at?: number | null;
  identifier?: string | null;
  website_turned_on?: boolean | null;
  display_name?: string | null;
  url?: string | null;
  custom_domain?: string | null;
}

export interface HelpCenterList {
  type: "list";
  data: HelpCenter[];
}

export interface GroupContent {
  type?: string | null;
  name?: string | null;
  description?: string | null;
}

/** Locale code → content, plus a `type` key. */
export type GroupTranslatedContent = { type?: string | null } & { [locale: string]: GroupContent | string | null | undefined };

export interface Collection {
  type?: "collection";
  id: string;
  workspace_id?: string | null;
  name?: string | null;
  description?: string | null;
  created_at?: number | null;
  updated_at?: number | null;
  url?: string | null;
  icon?: string | null;
  order?: number | null;
  default_locale?: string | null;
  translated_content?: GroupTranslatedContent | null;
  help_center_id?: number | null;
}

export interface Section {
  type?: "section";
  id: string;
  workspace_id?: string | null;
  name?: string | null;
  created_at?: number | null;
  updated_at?: number | null;
  url?: string | null;
  icon?: string | null;
  order?: number | null;
  parent_id?: number | string | null;
  default_locale?: string | null;
  translated_content?: GroupTranslatedContent | null;
}

export type ArticleState = "published" | "draft";

export interface ArticleContent {
  type?: string | null;
  title?: string | null;
  description?: string | null;
  body?: string | null;
  author_id?: number | string | null;
  state?: ArticleState | null;
  created_at?: number | null;
  updated_at?: number | null;
  url?: string | null;
}

export type ArticleTranslatedContent = { type?: string | null } & { [locale: string]: ArticleContent | string | null | undefined };

/** Statistics as Intercom sends them: the 2.9 example names conversions `conversations`. */
export interface ArticleStatistics {
  type?: string | null;
  views?: number | null;
  conversions?: number | null;
  conversations?: number | null;
  reactions?: number | null;
  happy_reaction_percentage?: number | null;
  neutral_reaction_percentage?: number | null;
  sad_reaction_percentage?: number | null;
}

export interface ArticleListItem {
  type?: "article";
  id: string;
  workspace_id?: string | null;
  title?: string | null;
  description?: string | null;
  body?: string | null;
  author_id?: number | string | null;
  state?: ArticleState | null;
  created_at?: number | null;
  updated_at?: number | null;
  url?: string | null;
  parent_id?: number | string | null;
  parent_ids?: (number | string)[] | null;
  parent_type?: "collection" | "section" | string | null;
  default_locale?: string | null;
  translated_content?: ArticleTranslatedContent | null;
}

export interface Article extends ArticleListItem {
  statistics?: ArticleStatistics | null;
}

export interface NewsfeedAssignment {
  newsfeed_id?: number | string | null;
  published_at?: number | null;
}

export interface NewsItem {
  type?: "news-item";
  id: string;
  workspace_id?: string | null;
  title?: string | null;
  body?: string | null;
  sender_id?: number | string | null;
  state?: "draft" | "live" | null;
  newsfeed_assignments?: NewsfeedAssignment[] | null;
  labels?: (string | null)[] | null;
  cover_image_url?: string | null;
  reactions?: (string | null)[] | null;
  deliver_silently?: boolean | null;
  created_at?: number | null;
  updated_at?: number | null;
}

export interface Newsfeed {
  type?: "newsfeed";
  id: string;
  name?: string | null;
  created_at?: number | null;
  updated_at?: number | null;
}

export type DataExportStatus = "pending" | "in_progress" | "failed" | "completed" | "no_data" | "canceled";

/** The schema misspells the key `job_identfier`; Intercom sends `job_identifier`. */
export interface DataExport {
  job_identifier?: string | null;
  job_identfier?: string | null;
  status?: DataExportStatus | string | null;
  download_url?: string | null;
  download_expires_at?: string | number | null;
}
