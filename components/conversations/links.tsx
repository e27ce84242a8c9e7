import Link from "next/link";
import { authorRole } from "@/lib/conversations/classify";
import type { NameBook } from "@/lib/conversations/thread";
import type { PartAuthor } from "@/lib/intercom/types/conversations";

/** Links to the people and teams a conversation mentions; names render as text, never HTML. */

const LINK = "font-medium text-brand-600 hover:underline";

export function AdminLink({ id, names, fallback = "Unassigned" }: { id: string | null; names: NameBook; fallback?: string }) {
  if (!id) return <span className="text-slate-500">{fallback}</span>;
  return (
    <Link href={`/admins/${encodeURIComponent(id)}`} className={LINK}>
      {names.admin(id) ?? `Teammate ${id}`}
    </Link>
  );
}

export function TeamLink({ id, names, fallback = "No team" }: { id: string | null; names: NameBook; fallback?: string }) {
  if (!id) return <span className="text-slate-500">{fallback}</span>;
  return (
    <Link href={`/teams/${encodeURIComponent(id)}`} className={LINK}>
      {names.team(id) ?? `Team ${id}`}
    </Link>
  );
}

export function ContactLink({ id, label }: { id: string; label?: string | null }) {
  return (
    <Link href={`/contacts/${encodeURIComponent(id)}`} className={LINK}>
      {label?.trim() || `Contact ${id.slice(-6)}`}
    </Link>
  );
}

/** An author: teammates, teams and contacts link to their pages; bots and Fin are plain names. */
export function AuthorLink({ author, names }: { author: PartAuthor | null | undefined; names: NameBook }) {
  const role = authorRole(author);
  const id = author?.id ?? null;
  const name = author?.name?.trim() || author?.email?.trim() || null;
  if (role === "admin" && id) {
    return (
      <Link href={`/admins/${encodeURIComponent(id)}`} className={LINK}>
        {name ?? names.admin(id) ?? `Teammate ${id}`}
      </Link>
    );
  }
  if (role === "team" && id) {
    return (
      <Link href={`/teams/${encodeURIComponent(id)}`} className={LINK}>
        {name ?? names.team(id) ?? `Team ${id}`}
      </Link>
    );
  }
  if (role === "contact" && id) return <ContactLink id={id} label={name} />;
  return <span className="font-medium text-slate-800">{name ?? "Unknown"}</span>;
}
