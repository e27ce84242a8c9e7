import type { Metadata } from "next";
import { AdminsDirectory } from "@/components/admins/admins-directory";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Teammates" };

export default async function AdminsPage() {
  await requirePageViewer();
  return <AdminsDirectory />;
}
