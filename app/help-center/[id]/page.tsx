import type { Metadata } from "next";
import { HelpCenterDetail } from "@/components/help-center/help-center-detail";
import { decodeParam } from "@/lib/help-center/route-param";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Help center" };

export default async function HelpCenterDetailPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const { id } = await params;
  return <HelpCenterDetail id={decodeParam(id)} />;
}
