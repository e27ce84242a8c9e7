"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { isMissing } from "@/lib/api/api-error";
import { formatDateTime } from "@/lib/format/time";
import { contactQueries, noteQueries } from "@/lib/queries/contacts";
import { TeammateLink } from "@/components/ui/teammate-link";
import { ErrorPanel, NotFoundPanel } from "@/components/ui/query-state";
import { PageHeader } from "@/components/ui/page-header";
import { SafeHtml } from "@/components/ui/safe-html";
import { Skeleton } from "@/components/ui/skeleton";

/** /notes/[id]: one teammate note, its author and the contact it is about. */
export function NoteDetail({ id }: { id: string }) {
  const note = useQuery(noteQueries.detail(id));
  const contactId = note.data?.contact?.id ?? null;
  const contact = useQuery({ ...contactQueries.detail(contactId ?? ""), enabled: contactId !== null });
  if (note.isPending) return <Skeleton className="h-40 w-full" />;
  if (note.isError) {
    if (isMissing(note.error)) return <NotFoundPanel what="Note" id={id} backHref="/contacts" backLabel="Search contacts" />;
    return <ErrorPanel error={note.error} title="Could not load this note" onRetry={() => note.refetch()} />;
  }
  const n = note.data;
  return (
    <div className="space-y-4">
      <PageHeader title={`Note ${n.id}`} description={`Written ${formatDateTime(n.created_at)}`} />
      <dl className="grid max-w-2xl grid-cols-[8rem_1fr] gap-y-2 text-sm">
        <dt className="text-slate-500">About</dt>
        <dd data-testid="note-contact">
          {contactId ? (
            <Link href={`/contacts/${encodeURIComponent(contactId)}`} className="text-brand-600 hover:underline">
              {contact.data?.name || contact.data?.email || (contact.isError ? `Contact ${contactId}` : "…")}
            </Link>
          ) : (
            "No contact"
          )}
        </dd>
        <dt className="text-slate-500">Written by</dt>
        <dd data-testid="note-author">
          <TeammateLink id={n.author?.id} fallbackName={n.author?.name} />
        </dd>
      </dl>
      <article className="max-w-3xl rounded-lg border border-amber-100 bg-amber-50/50 p-4">
        <SafeHtml html={n.body} className="text-sm text-slate-800" />
      </article>
    </div>
  );
}
