import type { Metadata } from "next";
import { TeamsList } from "@/components/teams/teams-list";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  await requirePageViewer();
  return <TeamsList />;
}
