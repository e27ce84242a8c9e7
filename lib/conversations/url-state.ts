import { createLoader, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { CONVERSATION_STATES, PRIORITIES } from "./search-filters";

/** /conversations filters as they live in the URL; the page and the server read them alike. */
export const conversationFilterParsers = {
  state: parseAsStringLiteral(CONVERSATION_STATES),
  admin: parseAsString,
  team: parseAsString,
  tag: parseAsString,
  contact: parseAsString,
  priority: parseAsStringLiteral(PRIORITIES),
  createdFrom: parseAsString,
  createdTo: parseAsString,
  updatedFrom: parseAsString,
  updatedTo: parseAsString,
};

export const conversationUrlKeys = { admin: "teammate", createdFrom: "created_from", createdTo: "created_to", updatedFrom: "updated_from", updatedTo: "updated_to" };

export const loadConversationFilters = createLoader(conversationFilterParsers, { urlKeys: conversationUrlKeys });

/** `?display=plaintext` on a conversation: Intercom's plain-text rendering of the parts. */
export const displayParser = parseAsStringLiteral(["plaintext"] as const);
export const loadDisplay = createLoader({ display: displayParser });
