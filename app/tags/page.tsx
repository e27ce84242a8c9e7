import type { Metadata } from "next";
import { Suspense } from "react";
import { TagsPage } from "@/components/tags/tags-page";
import { TableSkeleton } from "@/components/ui/skeleton";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Tags" };

export default async function Page() {
  await requirePageViewer();
  return (
    <Suspense fallback={<TableSkeleton rows={8} columns={4} />}>
      <TagsPage />
    </Suspense>
  );
}
