import type { Metadata } from "next";
import { ExportStatus } from "@/components/exports/export-status";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Data exports" };

export default async function ExportsPage() {
  await requirePageViewer();
  return <ExportStatus />;
}
