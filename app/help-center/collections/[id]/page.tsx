import type { Metadata } from "next";
import { CollectionDetail } from "@/components/help-center/collection-detail";
import { decodeParam } from "@/lib/help-center/route-param";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Collection" };

export default async function CollectionPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const { id } = await params;
  return <CollectionDetail id={decodeParam(id)} />;
}
