import type { Metadata } from "next";
import { ArticlesList } from "@/components/articles/articles-list";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  await requirePageViewer();
  return <ArticlesList />;
}
