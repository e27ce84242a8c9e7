import type { Metadata } from "next";
import { Suspense } from "react";
import { AdminsDirectory } from "@/components/admins/admins-directory";
import { TableSkeleton } from "@/components/ui/skeleton";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Teammates" };

export default async function AdminsPage() {
  await requirePageViewer();
  return (
    <Suspense fallback={<TableSkeleton rows={10} columns={6} />}>
      <AdminsDirectory />
    </Suspense>
  );
}
