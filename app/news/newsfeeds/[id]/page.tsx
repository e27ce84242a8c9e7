import type { Metadata } from "next";
import { NewsfeedDetail } from "@/components/news/newsfeed-detail";
import { decodeParam } from "@/lib/help-center/route-param";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Newsfeed" };

export default async function NewsfeedPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const { id } = await params;
  return <NewsfeedDetail id={decodeParam(id)} />;
}
