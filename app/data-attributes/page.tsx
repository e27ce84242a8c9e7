import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { Suspense } from "react";
import { DataAttributesPage } from "@/components/data-attributes/data-attributes-page";
import { TableSkeleton } from "@/components/ui/skeleton";
import { loadDataAttributeParams } from "@/lib/data-attributes/url-state";
import { dataAttributeQueries } from "@/lib/queries/data-attributes";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { Prefetched } from "@/lib/server/prefetched";

export const metadata: Metadata = { title: "Data attributes" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageViewer();
  const { model, archived } = loadDataAttributeParams(await searchParams);
  return (
    <Suspense fallback={<TableSkeleton rows={8} columns={4} />}>
      <Prefetched queries={[dataAttributeQueries.list(model, archived)]}>
        <DataAttributesPage />
      </Prefetched>
    </Suspense>
  );
}
