import type { Metadata } from "next";
import { SegmentDetail } from "@/components/segments/segment-detail";
import { NotFoundPanel } from "@/components/ui/query-state";
import { decodeParam, HEX_ID } from "@/lib/contacts/route-params";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Segment" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const id = decodeParam((await params).id);
  if (!HEX_ID.test(id)) return <NotFoundPanel what="Segment" id={id} backHref="/segments" backLabel="All segments" />;
  return <SegmentDetail id={id} />;
}
