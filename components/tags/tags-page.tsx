"use client";

import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { tagQueries } from "@/lib/queries/tags";
import { ErrorPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";

/** /tags: every tag, filterable by name, each linking to who carries it. */
export function TagsPage() {
  const q = useQuery(tagQueries.list());
  const [filter, setFilter] = useState("");
  const tags = (q.data?.data ?? []).filter((t) => (t.name ?? "").toLowerCase().includes(filter.trim().toLowerCase())).sort((a, b) => (a.name ?? "").localeCompare(b.name ?? ""));
  return (
    <div className="space-y-4">
      <PageHeader title="Tags" description="Labels teammates put on people, companies and conversations." />
      <label htmlFor="tag-name-filter" className="sr-only">
        Filter tags
      </label>
      <input id="tag-name-filter" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Filter by name" className="w-64 rounded-md border border-slate-300 px-3 py-1.5 text-sm" />
      {q.isPending ? (
        <TableSkeleton rows={8} columns={3} />
      ) : q.isError ? (
        <ErrorPanel error={q.error} title="Could not load tags" onRetry={() => q.refetch()} />
      ) : tags.length === 0 ? (
        <Card as="p" className="p-6 text-sm text-slate-600">
          {filter ? "No tag has that name." : "This workspace has no tags."}
        </Card>
      ) : (
        <Card as="ul" className="divide-y divide-slate-100 text-sm">
          {tags.map((t) => (
            <li key={t.id} className="flex items-center justify-between gap-3 px-4 py-2">
              <Link href={`/tags/${encodeURIComponent(t.id)}`} className="font-medium text-brand-600 hover:underline">
                {t.name || t.id}
              </Link>
              <span className="flex gap-3 text-xs">
                <Link href={`/contacts?tag=${encodeURIComponent(t.id)}`} className="text-slate-500 hover:text-brand-600">
                  Contacts
                </Link>
                <Link href={`/companies?tag=${encodeURIComponent(t.id)}`} className="text-slate-500 hover:text-brand-600">
                  Companies
                </Link>
              </span>
            </li>
          ))}
        </Card>
      )}
    </div>
  );
}
