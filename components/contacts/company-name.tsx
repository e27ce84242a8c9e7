"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { companyQueries } from "@/lib/queries/companies";

const FIVE_MINUTES = 5 * 60_000;

/**
 * A company named from its id. Contacts carry only company ids, so the name is read per company,
 * once (cached), and only for rows actually on screen.
 */
export function CompanyName({ id, link = true }: { id: string; link?: boolean }) {
  const { data, isError } = useQuery({ ...companyQueries.detail(id), staleTime: FIVE_MINUTES });
  const name = data?.name ?? (isError ? "Unknown company" : "…");
  if (!link) return <span>{name}</span>;
  return (
    <Link href={`/companies/${encodeURIComponent(id)}`} className="text-brand-600 hover:underline">
      {name}
    </Link>
  );
}
