import type { Metadata } from "next";
import { NewsList } from "@/components/news/news-list";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "News" };

export default async function NewsPage() {
  await requirePageViewer();
  return <NewsList />;
}
