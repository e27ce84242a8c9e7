import type { Metadata } from "next";
import { Suspense } from "react";
import { AuditExplorer } from "@/components/audit/audit-explorer";
import { TableSkeleton } from "@/components/ui/skeleton";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  await requirePageViewer();
  return (
    <Suspense fallback={<TableSkeleton rows={10} columns={5} />}>
      <AuditExplorer />
    </Suspense>
  );
}
