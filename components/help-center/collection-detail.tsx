"use client";

import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import { ErrorPanel, QueryFailure } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { languageName, groupLocales } from "@/lib/articles/content";
import { formatDate } from "@/lib/format/time";
import { findCollection } from "@/lib/help-center/tree";
import { collectionQueries } from "@/lib/queries/help-center";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ExternalLink, Facts } from "@/components/ui/facts";
import { CollectionBody, Counts } from "./tree-parts";
import { useHelpCenterTree } from "./use-help-center-tree";

export function CollectionDetail({ id }: { id: string }) {
  const collection = useQuery(collectionQueries.detail(id));
  const { tree, error, refetch } = useHelpCenterTree();

  if (collection.isError) {
    return <QueryFailure error={collection.error} what="Collection" id={id} backHref="/help-center" backLabel="Back to the help center" onRetry={() => collection.refetch()} />;
  }
  const c = collection.data;
  const found = tree ? findCollection(tree, id) : null;
  const center = found?.center?.center;
  const languages = groupLocales(c?.translated_content);

  return (
    <div>
      <Breadcrumbs
        items={[
          { href: "/help-center", label: "Help center" },
          ...(center ? [{ href: `/help-center/${encodeURIComponent(center.id)}`, label: center.display_name ?? `Help center ${center.id}` }] : []),
          { label: c?.name ?? id },
        ]}
      />
      <PageHeader title={c ? c.name || `Collection ${c.id}` : <Skeleton className="h-8 w-64" />} description={c?.description ?? undefined} actions={found && <Counts counts={found.node.counts} />} />
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div>
          {error ? (
            <ErrorPanel error={error} title="Could not load the articles" onRetry={refetch} />
          ) : !tree ? (
            <Skeleton className="h-48 w-full" />
          ) : found ? (
            <Card className="p-4">
              <CollectionBody node={found.node} />
            </Card>
          ) : (
            <p className="text-sm text-slate-500">This collection holds no articles.</p>
          )}
        </div>
        <Card as="aside" className="h-fit p-4">
          {c ? (
            <Facts
              items={[
                ["URL", <ExternalLink key="u" href={c.url} />],
                ["Order", c.order ?? "—"],
                [
                  "Languages",
                  languages.length ? languages.map((l) => `${languageName(l.locale)}${l.name && l.name !== c.name ? ` (${l.name})` : ""}`).join(", ") : languageName(c.default_locale ?? "en"),
                ],
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
