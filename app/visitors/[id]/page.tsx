import type { Metadata } from "next";
import { VisitorDetail } from "@/components/visitors/visitor-detail";
import { NotFoundPanel } from "@/components/ui/query-state";
import { decodeParam, HEX_ID } from "@/lib/contacts/route-params";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Visitor" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const id = decodeParam((await params).id);
  if (!HEX_ID.test(id)) return <NotFoundPanel what="Visitor" id={id} backHref="/visitors" backLabel="Look up a visitor" />;
  return <VisitorDetail id={id} />;
}
