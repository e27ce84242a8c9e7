import type { Metadata } from "next";
import { ContactDetail, ContactNotFound } from "@/components/contacts/contact-detail";
import { decodeParam, HEX_ID } from "@/lib/contacts/route-params";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Contact" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const id = decodeParam((await params).id);
  // A malformed id cannot name a contact: answer at once, without asking Intercom.
  if (!HEX_ID.test(id)) return <ContactNotFound id={id} />;
  return <ContactDetail id={id} />;
}
