"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { DASH } from "@/lib/format/time";
import { adminQueries } from "@/lib/queries/workspace";

/** A teammate by id, named from the (cached) teammate list and linked to their page. */
export function TeammateLink({ id, fallbackName }: { id: string | number | null | undefined; fallbackName?: string | null }) {
  const admins = useQuery({ ...adminQueries.list(), enabled: id !== null && id !== undefined });
  if (id === null || id === undefined || id === "") return <span>{DASH}</span>;
  const key = String(id);
  const admin = admins.data?.admins.find((a) => a.id === key);
  const name = admin?.name ?? fallbackName ?? (admins.isPending ? "…" : `Teammate ${key}`);
  return (
    <Link href={`/admins/${encodeURIComponent(key)}`} className="text-brand-600 hover:underline">
      {name}
    </Link>
  );
}
