import { DASH } from "@/lib/format/time";
import type { Contact } from "@/lib/intercom/types/customers";

/** A contact's role: user or lead. */
export function RoleBadge({ role }: { role: Contact["role"] | undefined }) {
  if (!role) return <span>{DASH}</span>;
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${role === "user" ? "bg-emerald-50 text-emerald-700" : "bg-amber-50 text-amber-700"}`}>{role === "user" ? "User" : "Lead"}</span>
  );
}
