import type { Metadata } from "next";
import { CsatReport } from "@/components/reports/csat";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Ratings" };

export default async function CsatPage() {
  await requirePageViewer();
  return <CsatReport />;
}
