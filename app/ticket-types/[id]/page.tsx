import type { Metadata } from "next";
import { TicketTypeView } from "@/components/ticket-types/ticket-type-view";
import { routeId } from "@/lib/conversations/route-id";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Ticket type" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const { id } = await params;
  return <TicketTypeView id={routeId(id)} />;
}
