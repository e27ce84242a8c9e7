import type { Metadata } from "next";
import { SectionDetail } from "@/components/help-center/section-detail";
import { decodeParam } from "@/lib/help-center/route-param";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Section" };

export default async function SectionPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const { id } = await params;
  return <SectionDetail id={decodeParam(id)} />;
}
