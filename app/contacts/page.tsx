import type { Metadata } from "next";
import { Suspense } from "react";
import { ContactsPage } from "@/components/contacts/contacts-page";
import { TableSkeleton } from "@/components/ui/skeleton";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Contacts" };

export default async function Page() {
  await requirePageViewer();
  return (
    <Suspense fallback={<TableSkeleton rows={10} columns={7} />}>
      <ContactsPage />
    </Suspense>
  );
}
