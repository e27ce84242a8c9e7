import type { Metadata } from "next";
import { Suspense } from "react";
import { DataAttributesPage } from "@/components/data-attributes/data-attributes-page";
import { TableSkeleton } from "@/components/ui/skeleton";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Data attributes" };

export default async function Page() {
  await requirePageViewer();
  return (
    <Suspense fallback={<TableSkeleton rows={8} columns={4} />}>
      <DataAttributesPage />
    </Suspense>
  );
}
