"use client";

import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { useQuery } from "@tanstack/react-query";
import { tagQueries } from "@/lib/queries/tags";
import { CompanyMiniList } from "@/components/companies/company-mini-list";
import { ContactMiniList } from "@/components/contacts/contact-mini-list";
import { QueryState } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";

/** /tags/[id]: the tag and the contacts and companies carrying it. */
export function TagDetail({ id }: { id: string }) {
  const q = useQuery(tagQueries.detail(id));
  return (
    <QueryState query={q} loading={<Skeleton className="h-24 w-full" />} missing={{ what: "Tag", id, backHref: "/tags", backLabel: "All tags" }}>
      {(t) => (
        <div className="space-y-4">
          <Breadcrumbs items={[{ href: "/tags", label: "Tags" }, { label: t.name || t.id }]} />
          <PageHeader title={t.name || t.id} description={`Tag id ${t.id}`} />
          <div className="grid gap-4 xl:grid-cols-3">
            <div className="xl:col-span-2">
              <ContactMiniList title="Contacts with this tag" filter={{ field: "tag_id", operator: "=", value: t.id }} empty="No contact has this tag." id="tag-contacts" />
            </div>
            <CompanyMiniList tag={t.id} empty="No company has this tag." />
          </div>
        </div>
      )}
    </QueryState>
  );
}
