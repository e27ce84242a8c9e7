import type { Metadata } from "next";
import { TeamDetail } from "@/components/teams/team-detail";
import { NotFoundPanel } from "@/components/ui/query-state";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { decodeSegment } from "@/lib/audit/route-id";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const id = decodeSegment((await params).id);
  if (!/^[0-9]{1,19}$/.test(id)) return <NotFoundPanel what="Team" id={id} backHref="/teams" backLabel="Back to teams" />;
  return <TeamDetail id={id} />;
}
