"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { humanizeKey } from "@/lib/contacts/format-attribute";
import type { DataAttribute, DataAttributeModel } from "@/lib/intercom/types/customers";
import { dataAttributeQueries } from "@/lib/queries/data-attributes";

/** Labels standard attributes by their /data_attributes definition, with a readable fallback. */
export function useAttributeLabels(model: DataAttributeModel) {
  const attributes = useQuery(dataAttributeQueries.list(model, true));
  return useMemo(() => {
    const standard = new Map<string, DataAttribute>();
    for (const a of attributes.data?.data ?? []) if (a.name && !a.custom) standard.set(a.name, a);
    return (name: string, fallback?: string) => ({ label: standard.get(name)?.label ?? fallback ?? humanizeKey(name), hint: standard.get(name)?.description ?? name });
  }, [attributes.data]);
}
