import type { Metadata } from "next";
import { ArticleInsights } from "@/components/articles/article-insights";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Article insights" };

export default async function ArticleInsightsPage() {
  await requirePageViewer();
  return <ArticleInsights />;
}
