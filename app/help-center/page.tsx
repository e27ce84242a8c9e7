import type { Metadata } from "next";
import { HelpCenterOverview } from "@/components/help-center/help-center-overview";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Help center" };

export default async function HelpCenterPage() {
  await requirePageViewer();
  return <HelpCenterOverview />;
}
