import type { Metadata } from "next";
import { AlertsPage } from "@/components/reports/alerts";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Alerts" };

export default async function AlertsRoute() {
  await requirePageViewer();
  return <AlertsPage />;
}
