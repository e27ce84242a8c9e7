import type { Metadata } from "next";
import { ConversationView } from "@/components/conversations/conversation-view";
import { routeId } from "@/lib/conversations/route-id";
import { requirePageViewer } from "@/lib/server/auth/guard";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: `Conversation ${id.slice(0, 24)}` };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const { id } = await params;
  return <ConversationView id={routeId(id)} />;
}
