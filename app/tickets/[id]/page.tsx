import type { Metadata } from "next";
import { TicketView } from "@/components/conversations/ticket-view";
import { routeId } from "@/lib/conversations/route-id";
import { requirePageViewer } from "@/lib/server/auth/guard";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: `Ticket ${id.slice(0, 24)}` };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const { id } = await params;
  return <TicketView id={routeId(id)} />;
}
