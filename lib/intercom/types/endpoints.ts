import type { ENDPOINTS, EndpointId } from "../registry";
import type { ActivityLogList } from "./activity-logs";
import type { Admin, AdminList, Me, Team, TeamList } from "./admins";
import type { Article, ArticleListItem, Collection, DataExport, HelpCenter, HelpCenterList, NewsItem, Newsfeed, PageList, Section } from "./content";
import type { Conversation, ConversationList, Ticket, TicketType, TicketTypeList } from "./conversations";
import type {
  AttachedSegments,
  Company,
  CompanyList,
  CompanyScroll,
  Contact,
  ContactCompanies,
  ContactList,
  DataAttributeList,
  EventList,
  EventSummary,
  Note,
  NoteList,
  Segment,
  SegmentList,
  SubscriptionTypeList,
  Tag,
  TagList,
  Visitor,
} from "./customers";

/**
 * What each registry endpoint answers with: the one declaration of Intercom's JSON per endpoint.
 * The browser's typed client reads it, and the fake's builders are checked against it.
 */
export interface EndpointResponses {
  "me.get": Me;
  "admins.list": AdminList;
  "admins.get": Admin;
  "admins.activity_logs": ActivityLogList;
  "teams.list": TeamList;
  "teams.get": Team;
  "contacts.list": ContactList;
  "contacts.get": Contact;
  "contacts.companies": ContactCompanies;
  "contacts.segments": AttachedSegments;
  "contacts.subscriptions": SubscriptionTypeList;
  "contacts.tags": TagList;
  "contacts.notes": NoteList;
  "contacts.search": ContactList;
  "notes.get": Note;
  /** A summary when asked with `summary=true` (all Lens asks for), else the events themselves. */
  "events.list": EventSummary | EventList;
  "visitors.find": Visitor;
  "visitors.get": Visitor;
  "data_attributes.list": DataAttributeList;
  "subscription_types.list": SubscriptionTypeList;
  "companies.list": CompanyList;
  "companies.scroll": CompanyScroll;
  "companies.get": Company;
  "companies.segments": AttachedSegments;
  "companies.contacts": ContactList;
  "segments.list": SegmentList;
  "segments.get": Segment;
  "tags.list": TagList;
  "tags.get": Tag;
  "conversations.list": ConversationList;
  "conversations.get": Conversation;
  "conversations.search": ConversationList;
  "tickets.get": Ticket;
  "ticket_types.list": TicketTypeList;
  "ticket_types.get": TicketType;
  "help_centers.list": HelpCenterList;
  "help_centers.get": HelpCenter;
  "collections.list": PageList<Collection>;
  "collections.get": Collection;
  "sections.list": PageList<Section>;
  "sections.get": Section;
  "articles.list": PageList<ArticleListItem>;
  "articles.get": Article;
  "news_items.list": PageList<NewsItem>;
  "news_items.get": NewsItem;
  "newsfeeds.list": PageList<Newsfeed>;
  "newsfeeds.get": Newsfeed;
  "newsfeeds.items": PageList<NewsItem>;
  "exports.get": DataExport;
  /** Bytes, not JSON: read as a download, never through the JSON client. */
  "exports.download": never;
}

// Every registry endpoint has its response declared here, and nothing else does.
const complete: [Exclude<EndpointId, keyof EndpointResponses>, Exclude<keyof EndpointResponses, EndpointId>] extends [never, never] ? true : never = true;
void complete;

export type ResponseOf<Id extends EndpointId> = EndpointResponses[Id];

type Spec<Id extends EndpointId> = (typeof ENDPOINTS)[Id];

/** `{id}` placeholders of a path template. */
type Placeholders<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

export type PathParamsOf<Id extends EndpointId> = { [Name in Placeholders<Spec<Id>["path"]>]: string };

export type QueryValue = string | number | boolean | null | undefined;
export type QueryOf<Id extends EndpointId> = Spec<Id> extends { query: infer Q } ? { [Name in keyof Q]?: QueryValue } : Record<never, never>;

/** A call's parameters in one object: the path's placeholders (required) and its query (optional). */
export type ParamsOf<Id extends EndpointId> = PathParamsOf<Id> & QueryOf<Id>;

/** Endpoints read with a GET and answering JSON. */
export type GetEndpointId = { [Id in EndpointId]: Spec<Id>["method"] extends "GET" ? (Spec<Id> extends { binary: true } ? never : Id) : never }[EndpointId];
export type SearchEndpointId = { [Id in EndpointId]: Spec<Id> extends { search: true } ? Id : never }[EndpointId];
