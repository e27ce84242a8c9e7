import type { Metadata } from "next";
import { CompanyMiniList } from "@/components/companies/company-mini-list";
import { ContactMiniList } from "@/components/contacts/contact-mini-list";
import { TagDetail } from "@/components/tags/tag-detail";
import { NotFoundPanel } from "@/components/ui/query-state";
import { decodeParam, INT_ID } from "@/lib/contacts/route-params";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Tag" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const id = decodeParam((await params).id);
  if (!INT_ID.test(id)) return <NotFoundPanel what="Tag" id={id} backHref="/tags" backLabel="All tags" />;
  return (
    <TagDetail
      id={id}
      contacts={<ContactMiniList title="Contacts with this tag" filter={{ field: "tag_id", operator: "=", value: id }} empty="No contact has this tag." id="tag-contacts" />}
      companies={<CompanyMiniList tag={id} empty="No company has this tag." />}
    />
  );
}
