"use client";

import { useQueryStates } from "nuqs";
import { useMemo } from "react";
import { contactFiltersOf, contactParsers } from "@/lib/contacts/url-state";

export function useContactFilters() {
  const [params, setParams] = useQueryStates(contactParsers, { history: "replace" });
  const filters = useMemo(() => contactFiltersOf(params), [params]);
  return { filters, company: params.company, params, setParams };
}

export type SetContactParams = ReturnType<typeof useContactFilters>["setParams"];
