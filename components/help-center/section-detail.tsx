"use client";

import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import { ErrorPanel, QueryFailure } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { groupLocales, languageName } from "@/lib/articles/content";
import { formatDate } from "@/lib/format/time";
import { findCollection, findSection } from "@/lib/help-center/tree";
import { sectionQueries } from "@/lib/queries/help-center";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ExternalLink, Facts } from "@/components/ui/facts";
import { ArticleLines, Counts } from "./tree-parts";
import { useHelpCenterTree } from "./use-help-center-tree";

export function SectionDetail({ id }: { id: string }) {
  const section = useQuery(sectionQueries.detail(id));
  const { tree, error, refetch } = useHelpCenterTree();

  if (section.isError) {
    return <QueryFailure error={section.error} what="Section" id={id} backHref="/help-center" backLabel="Back to the help center" onRetry={() => section.refetch()} />;
  }
  const s = section.data;
  const found = tree ? findSection(tree, id) : null;
  const collection = found?.collection?.collection;
  const center = tree && collection ? findCollection(tree, String(collection.id))?.center?.center : undefined;
  const languages = groupLocales(s?.translated_content);

  return (
    <div>
      <Breadcrumbs
        items={[
          { href: "/help-center", label: "Help center" },
          ...(center ? [{ href: `/help-center/${encodeURIComponent(center.id)}`, label: center.display_name ?? `Help center ${center.id}` }] : []),
          ...(collection ? [{ href: `/help-center/collections/${encodeURIComponent(collection.id)}`, label: collection.name ?? `Collection ${collection.id}` }] : []),
          { label: s?.name ?? id },
        ]}
      />
      <PageHeader title={s ? s.name || `Section ${s.id}` : <Skeleton className="h-8 w-64" />} actions={found && <Counts counts={found.node.counts} />} />
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <Card className="p-4">
          {error ? (
            <ErrorPanel error={error} title="Could not load the articles" onRetry={refetch} />
          ) : !tree ? (
            <Skeleton className="h-48 w-full" />
          ) : (
            <ArticleLines articles={found?.node.articles ?? []} empty="No articles in this section." />
          )}
        </Card>
        <Card as="aside" className="h-fit p-4">
          {s ? (
            <Facts
              items={[
                ["URL", <ExternalLink key="u" href={s.url} />],
                ["Order", s.order ?? "—"],
                ["Languages", languages.length ? languages.map((l) => languageName(l.locale)).join(", ") : languageName(s.default_locale ?? "en")],
                ["Created", formatDate(s.created_at)],
                ["Updated", formatDate(s.updated_at)],
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
