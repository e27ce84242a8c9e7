import type { Metadata } from "next";
import { ContactDetail, ContactNotFound } from "@/components/contacts/contact-detail";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Contact" };

const CONTACT_ID = /^[0-9a-f]{24}$/;

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const { id } = await params;
  const decoded = safeDecode(id);
  // A malformed id cannot name a contact: answer at once, without asking Intercom.
  if (!CONTACT_ID.test(decoded)) return <ContactNotFound id={decoded} />;
  return <ContactDetail id={decoded} />;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
