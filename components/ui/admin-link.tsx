"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { DASH } from "@/lib/format/time";
import { adminQueries } from "@/lib/queries/workspace";

/** A teammate's name linking to their page; the id stands in until the teammate list arrives. */
export function AdminLink({ id }: { id: number | string | null | undefined }) {
  const admins = useQuery(adminQueries.list());
  if (id === null || id === undefined || id === "") return <span className="text-slate-400">{DASH}</span>;
  const admin = admins.data?.admins.find((a) => String(a.id) === String(id));
  // Underlined, not only coloured: it often sits inside a line of muted text.
  return (
    <Link href={`/admins/${encodeURIComponent(String(id))}`} className="text-brand-600 underline decoration-brand-600/40 underline-offset-2 hover:decoration-current">
      {admin?.name ?? (admins.isPending ? `Teammate ${id}` : `Unknown teammate ${id}`)}
    </Link>
  );
}

/** id → name for filters and CSV, from the one teammate list query. */
export function useAdminNames(): Map<string, string> {
  const admins = useQuery(adminQueries.list());
  const map = new Map<string, string>();
  for (const a of admins.data?.admins ?? []) map.set(String(a.id), a.name ?? `Teammate ${a.id}`);
  return map;
}
