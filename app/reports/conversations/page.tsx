import type { Metadata } from "next";
import { ConversationLedger } from "@/components/reports/ledger";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Conversation ledger" };

export default async function ConversationLedgerPage() {
  await requirePageViewer();
  return <ConversationLedger />;
}
