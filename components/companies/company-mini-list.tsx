"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatNumber } from "@/lib/format/time";
import { companyQueries } from "@/lib/queries/companies";
import { Empty, Section } from "@/components/ui/section";
import { ErrorPanel } from "@/components/ui/query-state";
import { Skeleton } from "@/components/ui/skeleton";
import { planName } from "./companies-page";

/** The first page of companies with a tag or in a segment, linking to the full filtered list. */
export function CompanyMiniList({ tag = null, segment = null, empty }: { tag?: string | null; segment?: string | null; empty: string }) {
  const q = useQuery(companyQueries.list({ page: 1, tag, segment }));
  const companies = q.data?.data ?? [];
  const more = new URLSearchParams({ ...(tag ? { tag } : {}), ...(segment ? { segment } : {}) }).toString();
  return (
    <Section
      title="Companies"
      count={q.data?.total_count}
      id="mini-companies"
      actions={
        (q.data?.total_count ?? 0) > companies.length ? (
          <Link href={`/companies?${more}`} className="text-xs text-brand-600 hover:underline">
            See all
          </Link>
        ) : undefined
      }
    >
      {q.isPending ? (
        <Skeleton className="h-16 w-full" />
      ) : q.isError ? (
        <ErrorPanel error={q.error} title="Could not load companies" />
      ) : companies.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {companies.map((c) => (
            <li key={c.id} className="flex items-center justify-between gap-3 py-1.5">
              <Link href={`/companies/${encodeURIComponent(c.id)}`} className="truncate text-brand-600 hover:underline">
                {c.name || c.id}
              </Link>
              <span className="text-xs text-slate-500">
                {planName(c)} · {formatNumber(c.user_count)} people
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
