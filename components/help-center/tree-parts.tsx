import { Card } from "@/components/ui/card";
import Link from "next/link";
import type { ArticleCounts, CollectionNode, SectionNode } from "@/lib/help-center/tree";
import type { ArticleListItem } from "@/lib/intercom/types/content";
import { StateBadge } from "@/components/ui/state-badge";

/** Building blocks of the help center tree, shared by the overview and the detail pages. */

export function Counts({ counts }: { counts: ArticleCounts }) {
  return (
    <span className="text-xs tabular-nums text-slate-500" data-testid="counts">
      {counts.total} {counts.total === 1 ? "article" : "articles"}
      {counts.total > 0 && (
        <>
          {" · "}
          <span className="text-emerald-700">{counts.published} published</span>
          {counts.draft > 0 && (
            <>
              {" · "}
              <span className="text-amber-700">{counts.draft} draft</span>
            </>
          )}
        </>
      )}
    </span>
  );
}

export function ArticleLines({ articles, empty = "No articles." }: { articles: readonly ArticleListItem[]; empty?: string }) {
  if (articles.length === 0) return <p className="py-1 text-sm text-slate-500">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {articles.map((a) => (
        <li key={a.id} className="flex items-center justify-between gap-3 py-1.5 text-sm">
          <Link href={`/articles/${encodeURIComponent(a.id)}`} className="min-w-0 truncate text-brand-600 hover:underline">
            {a.title || `Untitled article ${a.id}`}
          </Link>
          <StateBadge state={a.state} />
        </li>
      ))}
    </ul>
  );
}

export function SectionBlock({ node }: { node: SectionNode }) {
  return (
    <div className="rounded-md border border-slate-100 bg-slate-50/60 px-3 py-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Link href={`/help-center/sections/${encodeURIComponent(node.section.id)}`} className="text-sm font-medium text-slate-800 hover:text-brand-600 hover:underline">
          {node.section.name || `Section ${node.section.id}`}
        </Link>
        <Counts counts={node.counts} />
      </div>
      <div className="mt-1 pl-3">
        <ArticleLines articles={node.articles} empty="No articles in this section." />
      </div>
    </div>
  );
}

export function CollectionBody({ node }: { node: CollectionNode }) {
  return (
    <div className="space-y-2">
      {node.sections.map((s) => (
        <SectionBlock key={s.section.id} node={s} />
      ))}
      {(node.articles.length > 0 || node.sections.length === 0) && (
        <div className="px-3">
          {node.sections.length > 0 && <p className="pt-1 text-xs font-medium uppercase tracking-wide text-slate-400">Directly in the collection</p>}
          <ArticleLines articles={node.articles} empty="No articles in this collection." />
        </div>
      )}
    </div>
  );
}

/** A collection as a collapsible row: name, counts, and its sections and articles when opened. */
export function CollectionDisclosure({ node, open = false }: { node: CollectionNode; open?: boolean }) {
  // The "Open" link sits beside the summary, not inside it: a link inside a summary is a control inside a control.
  return (
    <div className="relative">
      <Card as="details" className="group" open={open} data-testid="collection">
        <summary className="flex cursor-pointer list-none flex-wrap items-baseline justify-between gap-2 py-3 pl-4 pr-16 hover:bg-slate-50">
          <span className="flex items-baseline gap-2">
            <span aria-hidden className="inline-block w-3 text-slate-400 transition-transform group-open:rotate-90">
              ›
            </span>
            <span className="font-medium text-slate-900">{node.collection.name || `Collection ${node.collection.id}`}</span>
            <span className="text-xs text-slate-500">{node.sections.length > 0 && `${node.sections.length} ${node.sections.length === 1 ? "section" : "sections"}`}</span>
          </span>
          <Counts counts={node.counts} />
        </summary>
        <div className="border-t border-slate-100 px-4 py-3">
          <CollectionBody node={node} />
        </div>
      </Card>
      <Link
        href={`/help-center/collections/${encodeURIComponent(node.collection.id)}`}
        aria-label={`Open ${node.collection.name || `collection ${node.collection.id}`}`}
        className="absolute right-4 top-3 text-xs font-medium text-brand-600 hover:underline"
      >
        Open
      </Link>
    </div>
  );
}
