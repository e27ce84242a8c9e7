import type { Metadata } from "next";
import { AuditExplorer } from "@/components/audit/audit-explorer";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Audit log" };

// No Suspense boundary here on purpose: the explorer hydrates in the same pass as the header, so
// data the header fetches (/me) cannot arrive between the server render and the explorer's hydration.
export default async function AuditPage() {
  await requirePageViewer();
  return <AuditExplorer />;
}
