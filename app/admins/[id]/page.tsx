import type { Metadata } from "next";
import { AdminProfile } from "@/components/admins/admin-profile";
import { NotFoundPanel } from "@/components/ui/query-state";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { decodeSegment } from "@/lib/audit/route-id";

export const metadata: Metadata = { title: "Teammate" };

export default async function AdminPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const id = decodeSegment((await params).id);
  // Intercom admin ids are numeric; anything else cannot exist, so skip the round trip.
  if (!/^[0-9]{1,19}$/.test(id)) return <NotFoundPanel what="Teammate" id={id} backHref="/admins" backLabel="Back to teammates" />;
  return <AdminProfile id={id} />;
}
