import type { Metadata } from "next";
import { NewsDetail } from "@/components/news/news-detail";
import { decodeParam } from "@/lib/help-center/route-param";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "News item" };

export default async function NewsItemPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const { id } = await params;
  return <NewsDetail id={decodeParam(id)} />;
}
