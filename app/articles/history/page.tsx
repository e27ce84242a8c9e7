import type { Metadata } from "next";
import { ArticleHistoryReport } from "@/components/reports/article-history";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Article history" };

export default async function ArticleHistoryPage() {
  await requirePageViewer();
  return <ArticleHistoryReport />;
}
