import type { Metadata } from "next";
import { TicketTypesList } from "@/components/ticket-types/ticket-types-list";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Ticket types" };

export default async function Page() {
  await requirePageViewer();
  return <TicketTypesList />;
}
