"use client";

import { Card } from "@/components/ui/card";
import Link from "next/link";
import { ErrorPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { formatRelative } from "@/lib/format/time";
import type { HelpCenterNode } from "@/lib/help-center/tree";
import { ArticleLines, CollectionDisclosure, Counts, SectionBlock } from "./tree-parts";
import { useHelpCenterTree } from "./use-help-center-tree";

export function CenterHeading({ node }: { node: HelpCenterNode }) {
  const c = node.center;
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-3">
      <div>
        <h2 className="text-lg font-semibold text-slate-900">
          <Link href={`/help-center/${encodeURIComponent(c.id)}`} className="hover:text-brand-600 hover:underline">
            {c.display_name || c.identifier || `Help center ${c.id}`}
          </Link>
        </h2>
        <p className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-500">
          {c.url && (
            <a href={c.url} target="_blank" rel="noopener noreferrer" className="text-brand-600 hover:underline">
              {c.custom_domain || c.url}
            </a>
          )}
          <span>{c.website_turned_on ? "Website on" : "Website off"}</span>
          <span>
            {node.collections.length} {node.collections.length === 1 ? "collection" : "collections"}
          </span>
          <span>Updated {formatRelative(c.updated_at)}</span>
        </p>
      </div>
      <Counts counts={node.counts} />
    </div>
  );
}

export function HelpCenterOverview() {
  const { tree, isPending, error, refetch } = useHelpCenterTree();

  return (
    <div>
      <PageHeader title="Help center" description="Every help center, its collections, sections and articles. Open a collection to see what it holds." />
      {error ? (
        <ErrorPanel error={error} title="Could not load the help center" onRetry={refetch} />
      ) : isPending || !tree ? (
        <div role="status" aria-label="Loading" className="space-y-3">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-12 w-full" />
          ))}
        </div>
      ) : (
        <div className="space-y-8">
          {tree.centers.length === 0 && <p className="text-sm text-slate-500">This workspace has no help center.</p>}
          {tree.centers.map((node) => (
            <section key={node.center.id} className="space-y-3" aria-label={node.center.display_name ?? `Help center ${node.center.id}`}>
              <CenterHeading node={node} />
              {node.collections.length === 0 ? (
                <p className="text-sm text-slate-500">No collections yet.</p>
              ) : (
                <div className="space-y-2">
                  {node.collections.map((c) => (
                    <CollectionDisclosure key={c.collection.id} node={c} />
                  ))}
                </div>
              )}
            </section>
          ))}
          {tree.unplacedCollections.length > 0 && (
            <section className="space-y-2">
              <h2 className="text-lg font-semibold text-slate-900">Collections outside any help center</h2>
              {tree.unplacedCollections.map((c) => (
                <CollectionDisclosure key={c.collection.id} node={c} />
              ))}
            </section>
          )}
          {tree.unplacedSections.length > 0 && (
            <section className="space-y-2">
              <h2 className="text-lg font-semibold text-slate-900">Sections whose collection Lens cannot find</h2>
              {tree.unplacedSections.map((s) => (
                <SectionBlock key={s.section.id} node={s} />
              ))}
            </section>
          )}
          <Card as="section" className="p-4" aria-label="Standalone articles">
            <h2 className="font-semibold text-slate-900">Standalone articles</h2>
            <p className="mb-2 text-xs text-slate-500">Articles in no collection. Readers only reach them by link, and Fin does not use them.</p>
            <ArticleLines articles={tree.orphans} empty="Every article is in a collection." />
            {tree.unresolved.length > 0 && (
              <>
                <h3 className="mt-4 text-sm font-semibold text-slate-900">Articles whose parent Lens cannot find</h3>
                <ArticleLines articles={tree.unresolved} />
              </>
            )}
          </Card>
        </div>
      )}
    </div>
  );
}
