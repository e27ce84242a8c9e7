"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { buildHelpCenterTree, type HelpCenterTree } from "@/lib/help-center/tree";
import { articleQueries } from "@/lib/queries/articles";
import { collectionQueries, helpCenterQueries, sectionQueries } from "@/lib/queries/help-center";

/** The whole help center tree, from the four lists it is built from. */
export function useHelpCenterTree(): { tree: HelpCenterTree | null; isPending: boolean; error: unknown; refetch: () => void } {
  const centers = useQuery(helpCenterQueries.list());
  const collections = useQuery(collectionQueries.list());
  const sections = useQuery(sectionQueries.list());
  const articles = useQuery(articleQueries.list());
  const all = [centers, collections, sections, articles];
  const tree = useMemo(
    () =>
      centers.data && collections.data && sections.data && articles.data
        ? buildHelpCenterTree({ helpCenters: centers.data.data ?? [], collections: collections.data.items, sections: sections.data.items, articles: articles.data.items })
        : null,
    [centers.data, collections.data, sections.data, articles.data],
  );
  return {
    tree,
    isPending: all.some((q) => q.isPending),
    error: all.find((q) => q.isError)?.error ?? null,
    refetch: () => all.filter((q) => q.isError).forEach((q) => void q.refetch()),
  };
}
