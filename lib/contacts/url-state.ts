import { createLoader, parseAsString, parseAsStringLiteral, type inferParserType } from "nuqs/server";
import type { ContactFilters } from "./contact-search";
import { QUERY_KINDS } from "./understand-query";

/** The /contacts page's state, kept in its URL so every search is a shareable link; read the same way on the server. */
export const contactParsers = {
  q: parseAsString.withDefault(""),
  as: parseAsStringLiteral(QUERY_KINDS),
  role: parseAsStringLiteral(["user", "lead"] as const),
  tag: parseAsString,
  segment: parseAsString,
  company: parseAsString,
  created_from: parseAsString,
  created_to: parseAsString,
  seen_from: parseAsString,
  seen_to: parseAsString,
};

export type ContactParams = inferParserType<typeof contactParsers>;

export const loadContactParams = createLoader(contactParsers);

export function contactFiltersOf(params: ContactParams): ContactFilters {
  return {
    q: params.q,
    as: params.as,
    role: params.role,
    tag: params.tag,
    segment: params.segment,
    createdFrom: params.created_from,
    createdTo: params.created_to,
    seenFrom: params.seen_from,
    seenTo: params.seen_to,
  };
}
