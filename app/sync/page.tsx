import type { Metadata } from "next";
import { SyncStatusView } from "@/components/sync/sync-status";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Sync" };

export default async function SyncPage() {
  await requirePageViewer();
  return <SyncStatusView />;
}
