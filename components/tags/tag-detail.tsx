"use client";

import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { tagQueries } from "@/lib/queries/tags";
import { QueryState } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";

/** /tags/[id]: the tag, with the contacts and companies carrying it (lists the page brings from their own areas). */
export function TagDetail({ id, contacts, companies }: { id: string; contacts: ReactNode; companies: ReactNode }) {
  const q = useQuery(tagQueries.detail(id));
  return (
    <QueryState query={q} loading={<Skeleton className="h-24 w-full" />} missing={{ what: "Tag", id, backHref: "/tags", backLabel: "All tags" }}>
      {(t) => (
        <div className="space-y-4">
          <Breadcrumbs items={[{ href: "/tags", label: "Tags" }, { label: t.name || t.id }]} />
          <PageHeader title={t.name || t.id} description={`Tag id ${t.id}`} />
          <div className="grid gap-4 xl:grid-cols-3">
            <div className="xl:col-span-2">{contacts}</div>
            {companies}
          </div>
        </div>
      )}
    </QueryState>
  );
}
