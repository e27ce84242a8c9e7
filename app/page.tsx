import { Overview } from "@/components/overview/overview";
import { requirePageViewer } from "@/lib/server/auth/guard";

export default async function OverviewPage() {
  await requirePageViewer();
  return <Overview />;
}
