import type { Metadata } from "next";
import { AccessReview } from "@/components/reports/access-review";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Access review" };

export default async function AccessReviewPage() {
  await requirePageViewer();
  return <AccessReview />;
}
