import type { Metadata } from "next";
import { ConversationsPage } from "@/components/conversations/conversations-page";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Conversations" };

export default async function Page() {
  await requirePageViewer();
  return <ConversationsPage />;
}
