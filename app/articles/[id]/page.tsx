import type { Metadata } from "next";
import { ArticleDetail } from "@/components/articles/article-detail";
import { decodeParam } from "@/lib/help-center/route-param";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const { id } = await params;
  return <ArticleDetail id={decodeParam(id)} />;
}
