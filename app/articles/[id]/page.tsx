import type { Metadata } from "next";
import { ArticleDetail } from "@/components/articles/article-detail";
import { ArticleTrendCard } from "@/components/reports/article-trend";
import { decodeParam } from "@/lib/help-center/route-param";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const { id } = await params;
  const articleId = decodeParam(id);
  return (
    <>
      <ArticleDetail id={articleId} />
      {/^[0-9]{1,20}$/.test(articleId) && <ArticleTrendCard id={articleId} />}
    </>
  );
}
