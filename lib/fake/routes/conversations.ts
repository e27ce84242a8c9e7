import { isSearchGroup, type SearchQuery } from "@/lib/intercom/search-body";
import { cursorPage, lazySeq, seq } from "../paginate";
import { intercomError, notFound, ok, type AreaRoutes } from "../respond";
import { matchesQuery, readPath } from "../search";
import { conversationCount, conversationDetail, conversationIndex, conversationItemAt, PLAN_RESTRICTED_CONVERSATION_ID, toPlainText, type ConversationListItem } from "../workspace/conversations";
import { allTicketTypes, ticketType, ticketTypeIndex } from "../workspace/ticket-types";
import { ticket, ticketIndex } from "../workspace/tickets";

const DEFAULT_PER_PAGE = 20;

function planRestricted() {
  return intercomError(403, "api_plan_restricted", "Active subscription needed.");
}

/** Reads a search field from a listed conversation, including the few Intercom names differently. */
function searchField(item: ConversationListItem, field: string): unknown {
  switch (field) {
    case "tag_ids":
      return item.tags.tags.map((t) => t.id);
    case "contact_ids":
      return item.contacts.contacts.map((c) => c.id);
    case "teammate_ids":
      return item.teammates.teammates.map((t) => t.id);
    case "source.body":
      return toPlainText(item.source.body);
    case "conversation_rating.score":
      return item.conversation_rating?.rating ?? null;
    case "conversation_rating.requested_at":
    case "conversation_rating.replied_at":
      return item.conversation_rating?.created_at ?? null;
    case "conversation_rating.contact_id":
      return item.conversation_rating?.contact.id ?? null;
    case "conversation_rating.admin_id":
    case "conversation_rating.admin_d":
      return item.conversation_rating?.teammate.id ?? null;
    case "channel_initiated":
      return item.source.delivered_as === "customer_initiated" ? "customer" : "admin";
    case "ai_agent_participated":
      return false;
    default:
      return readPath(item, field);
  }
}

/** Conversation search documents `>` and `<` as "greater (or equal)" and "lower (or equal)". */
function inclusive(q: SearchQuery): SearchQuery {
  if (isSearchGroup(q)) return { operator: q.operator, value: q.value.map(inclusive) };
  if (q.operator === ">") return { ...q, operator: ">=" };
  if (q.operator === "<") return { ...q, operator: "<=" };
  return q;
}

export const conversationRoutes = {
  "conversations.list": ({ ws, query }) => {
    const page = cursorPage(
      lazySeq(conversationCount(ws), (i) => conversationItemAt(ws, i)),
      { perPage: query.per_page, startingAfter: query.starting_after, defaultPerPage: DEFAULT_PER_PAGE },
    );
    return ok({ type: "conversation.list" as const, pages: page.pages, total_count: page.total_count, conversations: page.items });
  },
  "conversations.get": ({ ws, params, query }) => {
    if (params.id === PLAN_RESTRICTED_CONVERSATION_ID) return planRestricted();
    const index = conversationIndex(ws, params.id!);
    if (index === null) return notFound();
    return ok(conversationDetail(ws, index, query.display_as === "plaintext"));
  },
  "conversations.search": ({ ws, body }) => {
    const q = inclusive(body!.query);
    const matches: number[] = [];
    for (let i = 0; i < conversationCount(ws); i++) {
      const item = conversationItemAt(ws, i);
      if (matchesQuery(q, (field) => searchField(item, field))) matches.push(i);
    }
    const page = cursorPage(seq(matches), { perPage: body!.pagination?.per_page, startingAfter: body!.pagination?.starting_after, defaultPerPage: DEFAULT_PER_PAGE });
    return ok({ type: "conversation.list" as const, pages: page.pages, total_count: page.total_count, conversations: page.items.map((i) => conversationItemAt(ws, i)) });
  },
  "tickets.get": ({ ws, params }) => {
    const index = ticketIndex(ws, params.id!);
    const t = index === null ? null : ticket(ws, index);
    return t ? ok(t) : notFound();
  },
  "ticket_types.list": ({ ws }) => ok({ type: "list" as const, data: allTicketTypes(ws) }),
  "ticket_types.get": ({ ws, params }) => {
    const index = ticketTypeIndex(params.id!);
    return index === null ? notFound() : ok(ticketType(ws, index));
  },
} satisfies AreaRoutes;
