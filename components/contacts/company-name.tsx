"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { companyQueries } from "@/lib/queries/companies";

/**
 * A company named from its id. Contacts carry only company ids, so the names of the rows on screen
 * are read together in one batch, once each (cached).
 */
export function CompanyName({ id, link = true }: { id: string; link?: boolean }) {
  const { data, isPending, isError } = useQuery(companyQueries.name(id));
  const name = isPending ? "…" : isError ? "—" : (data ?? "Unknown company");
  if (!link) return <span>{name}</span>;
  return (
    <Link href={`/companies/${encodeURIComponent(id)}`} className="text-brand-600 hover:underline">
      {name}
    </Link>
  );
}
