"use client";

import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { Company } from "@/lib/intercom/types/customers";
import { isMissing } from "@/lib/api/api-error";
import { formatAttribute } from "@/lib/contacts/format-attribute";
import { DASH, formatDate, formatDateTime, formatNumber, formatRelative } from "@/lib/format/time";
import { companyQueries } from "@/lib/queries/companies";
import { dataAttributeQueries } from "@/lib/queries/data-attributes";
import { AttributeGrid } from "@/components/ui/attribute-grid";
import { RoleBadge } from "@/components/ui/role-badge";
import { LoadMore } from "@/components/ui/load-more";
import { Empty, Section } from "@/components/ui/section";
import { useAttributeLabels } from "@/lib/contacts/use-attribute-labels";
import { SegmentChips } from "@/components/ui/segment-chips";
import { ErrorPanel, NotFoundPanel } from "@/components/ui/query-state";
import { CardsSkeleton, Skeleton } from "@/components/ui/skeleton";
import { money, planName } from "./companies-page";

/** /companies/[id]: the company's attributes, its people, segments and tags. */
export function CompanyDetail({ id }: { id: string }) {
  const q = useQuery(companyQueries.detail(id));
  if (q.isPending) {
    return (
      <div className="space-y-4" role="status" aria-label="Loading company">
        <Skeleton className="h-12 w-72" />
        <CardsSkeleton count={4} />
      </div>
    );
  }
  if (q.isError) {
    if (isMissing(q.error)) return <NotFoundPanel what="Company" id={id} backHref="/companies" backLabel="All companies" />;
    return <ErrorPanel error={q.error} title="Could not load this company" onRetry={() => q.refetch()} />;
  }
  return <CompanyProfile company={q.data} />;
}

function CompanyProfile({ company: c }: { company: Company }) {
  const labels = useAttributeLabels("company");
  const custom = useQuery(dataAttributeQueries.list("company", true));
  const customDefs = new Map((custom.data?.data ?? []).filter((a) => a.custom && a.name).map((a) => [a.name!, a]));
  const row = (name: string, value: string) => ({ ...labels(name), value });
  const tags = c.tags?.tags ?? [];
  const customEntries = Object.entries(c.custom_attributes ?? {});
  return (
    <div className="space-y-4">
      <Breadcrumbs items={[{ href: "/companies", label: "Companies" }, { label: c.name || c.id }]} />
      <Card as="header" className="p-4">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900" data-testid="company-name">
          {c.name || c.company_id || "Unnamed company"}
        </h1>
        <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-slate-600">
          <span>company_id {c.company_id || DASH}</span>
          <span>Plan {planName(c)}</span>
          <span>{formatNumber(c.user_count)} people</span>
          <span>{money(c.monthly_spend)} / month</span>
        </p>
      </Card>
      <div className="grid gap-4 xl:grid-cols-3">
        <div className="space-y-4 xl:col-span-2">
          <Section title="Attributes" id="company-attributes">
            <AttributeGrid
              rows={[
                row("plan", planName(c)),
                row("size", formatNumber(c.size)),
                row("industry", c.industry || DASH),
                { ...labels("website"), value: <Website url={c.website} /> },
                row("monthly_spend", money(c.monthly_spend)),
                row("user_count", formatNumber(c.user_count)),
                row("session_count", formatNumber(c.session_count)),
                row("last_request_at", c.last_request_at ? `${formatDateTime(c.last_request_at)} (${formatRelative(c.last_request_at)})` : DASH),
                row("remote_created_at", formatDate(c.remote_created_at)),
                { label: "Added to Intercom", value: formatDate(c.created_at) },
                { label: "Updated", value: formatDateTime(c.updated_at) },
                { label: "Intercom id", value: <code className="font-mono text-xs">{c.id}</code> },
              ]}
            />
          </Section>
          <Section title="Custom attributes" count={customEntries.length} id="company-custom-attributes">
            {customEntries.length === 0 ? (
              <Empty>No custom attributes are set on this company.</Empty>
            ) : (
              <AttributeGrid
                rows={customEntries.map(([key, value]) => {
                  const def = customDefs.get(key);
                  return { label: `${def?.label ?? key}${def?.archived ? " (archived)" : ""}`, hint: `custom_attributes.${key}`, value: formatAttribute(value, def?.data_type) };
                })}
              />
            )}
          </Section>
          <CompanyContacts companyId={c.id} />
        </div>
        <div className="space-y-4">
          <Section title="Tags" count={tags.length} id="company-tags">
            {tags.length === 0 ? (
              <Empty>No tags.</Empty>
            ) : (
              <ul className="flex flex-wrap gap-1.5">
                {tags.map((t) => (
                  <li key={t.id}>
                    <Link href={`/tags/${encodeURIComponent(t.id)}`} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-200">
                      {t.name || t.id}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <CompanySegments companyId={c.id} />
        </div>
      </div>
    </div>
  );
}

/** Only http(s) addresses become links; anything else stays text. */
function Website({ url }: { url: string | null | undefined }) {
  if (!url) return <>{DASH}</>;
  if (!/^https?:\/\//i.test(url)) return <>{url}</>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className="break-all text-brand-600 hover:underline">
      {url}
    </a>
  );
}

function CompanySegments({ companyId }: { companyId: string }) {
  const q = useQuery(companyQueries.segments(companyId));
  const segments = q.data?.data ?? [];
  return (
    <Section title="Segments" count={q.data ? segments.length : undefined} id="company-segments">
      {q.isPending ? (
        <Skeleton className="h-8 w-full" />
      ) : q.isError ? (
        <ErrorPanel error={q.error} title="Could not load segments" />
      ) : segments.length === 0 ? (
        <Empty>In no segment.</Empty>
      ) : (
        <SegmentChips segments={segments} />
      )}
    </Section>
  );
}

function CompanyContacts({ companyId }: { companyId: string }) {
  const q = useInfiniteQuery(companyQueries.contacts(companyId));
  const contacts = q.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Section title="People" count={q.data?.pages[0]?.total_count} id="company-contacts">
      {q.isPending ? (
        <Skeleton className="h-24 w-full" />
      ) : q.isError ? (
        <ErrorPanel error={q.error} title="Could not load this company's people" />
      ) : contacts.length === 0 ? (
        <Empty>Nobody belongs to this company yet.</Empty>
      ) : (
        <>
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="py-1 font-medium">Name</th>
                <th className="py-1 font-medium">Email</th>
                <th className="py-1 font-medium">Role</th>
                <th className="py-1 font-medium">Last seen</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {contacts.map((p) => (
                <tr key={p.id}>
                  <td className="py-1.5">
                    <Link href={`/contacts/${encodeURIComponent(p.id)}`} className="text-brand-600 hover:underline">
                      {p.name || p.email || p.id}
                    </Link>
                  </td>
                  <td className="py-1.5 text-slate-600">{p.email || DASH}</td>
                  <td className="py-1.5">
                    <RoleBadge role={p.role} />
                  </td>
                  <td className="py-1.5 text-slate-600">{formatRelative(p.last_seen_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <LoadMore hasMore={q.hasNextPage} loading={q.isFetchingNextPage} onMore={() => void q.fetchNextPage()} label="More people" />
        </>
      )}
    </Section>
  );
}
