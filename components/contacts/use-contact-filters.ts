"use client";

import { parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { useMemo } from "react";
import type { ContactFilters } from "@/lib/contacts/contact-search";
import { QUERY_KINDS } from "@/lib/contacts/understand-query";

/** The /contacts page's state, kept in its URL so every search is a shareable link. */
const parsers = {
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

export function useContactFilters() {
  const [params, setParams] = useQueryStates(parsers, { history: "replace" });
  const filters: ContactFilters = useMemo(
    () => ({
      q: params.q,
      as: params.as,
      role: params.role,
      tag: params.tag,
      segment: params.segment,
      createdFrom: params.created_from,
      createdTo: params.created_to,
      seenFrom: params.seen_from,
      seenTo: params.seen_to,
    }),
    [params],
  );
  return { filters, company: params.company, params, setParams };
}

export type SetContactParams = ReturnType<typeof useContactFilters>["setParams"];
