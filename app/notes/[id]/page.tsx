import type { Metadata } from "next";
import { NoteDetail } from "@/components/notes/note-detail";
import { NotFoundPanel } from "@/components/ui/query-state";
import { decodeParam, INT_ID } from "@/lib/contacts/route-params";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Note" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const id = decodeParam((await params).id);
  if (!INT_ID.test(id)) return <NotFoundPanel what="Note" id={id} backHref="/contacts" backLabel="Search contacts" />;
  return <NoteDetail id={id} />;
}
