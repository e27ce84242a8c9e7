import type { Metadata } from "next";
import { ResponseTimesReport } from "@/components/reports/response-times";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Response times" };

export default async function ResponseTimesPage() {
  await requirePageViewer();
  return <ResponseTimesReport />;
}
