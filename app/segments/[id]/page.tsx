import type { Metadata } from "next";
import { CompanyMiniList } from "@/components/companies/company-mini-list";
import { ContactMiniList } from "@/components/contacts/contact-mini-list";
import { SegmentDetail } from "@/components/segments/segment-detail";
import { NotFoundPanel } from "@/components/ui/query-state";
import { decodeParam, HEX_ID } from "@/lib/contacts/route-params";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Segment" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const id = decodeParam((await params).id);
  if (!HEX_ID.test(id)) return <NotFoundPanel what="Segment" id={id} backHref="/segments" backLabel="All segments" />;
  return (
    <SegmentDetail
      id={id}
      people={<ContactMiniList title="People" filter={{ field: "segment_id", operator: "=", value: id }} empty="No contact is in this segment." id="segment-contacts" />}
      companies={<CompanyMiniList segment={id} empty="No company is in this segment." />}
    />
  );
}
