"use client";

import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import { ErrorPanel, QueryFailure } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDate } from "@/lib/format/time";
import { helpCenterQueries } from "@/lib/queries/help-center";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ExternalLink, Facts } from "@/components/ui/facts";
import { CollectionDisclosure, Counts } from "./tree-parts";
import { useHelpCenterTree } from "./use-help-center-tree";

export function HelpCenterDetail({ id }: { id: string }) {
  const center = useQuery(helpCenterQueries.detail(id));
  const { tree, error, refetch } = useHelpCenterTree();

  if (center.isError) {
    return <QueryFailure error={center.error} what="Help center" id={id} backHref="/help-center" backLabel="All help centers" onRetry={() => center.refetch()} />;
  }
  const c = center.data;
  const node = tree?.centers.find((n) => String(n.center.id) === id);

  return (
    <div>
      <Breadcrumbs items={[{ href: "/help-center", label: "Help center" }, { label: c?.display_name ?? id }]} />
      <PageHeader title={c ? c.display_name || c.identifier || `Help center ${c.id}` : <Skeleton className="h-8 w-64" />} description={node && <Counts counts={node.counts} />} />
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="space-y-2">
          {error ? (
            <ErrorPanel error={error} title="Could not load the collections" onRetry={refetch} />
          ) : !tree ? (
            Array.from({ length: 5 }, (_, i) => <Skeleton key={i} className="h-12 w-full" />)
          ) : !node || node.collections.length === 0 ? (
            <p className="text-sm text-slate-500">This help center has no collections.</p>
          ) : (
            node.collections.map((n) => <CollectionDisclosure key={n.collection.id} node={n} open />)
          )}
        </div>
        <Card as="aside" className="h-fit p-4">
          {c ? (
            <Facts
              items={[
                ["Identifier", c.identifier ?? "—"],
                ["URL", <ExternalLink key="u" href={c.url} />],
                ["Custom domain", c.custom_domain ?? "—"],
                ["Website", c.website_turned_on ? "On" : "Off"],
                ["Created", formatDate(c.created_at)],
                ["Updated", formatDate(c.updated_at)],
              ]}
            />
          ) : (
            <Skeleton className="h-40 w-full" />
          )}
        </Card>
      </div>
    </div>
  );
}
