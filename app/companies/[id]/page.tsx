import type { Metadata } from "next";
import { CompanyDetail } from "@/components/companies/company-detail";
import { NotFoundPanel } from "@/components/ui/query-state";
import { decodeParam, HEX_ID } from "@/lib/contacts/route-params";
import { requirePageViewer } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Company" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const id = decodeParam((await params).id);
  if (!HEX_ID.test(id)) return <NotFoundPanel what="Company" id={id} backHref="/companies" backLabel="All companies" />;
  return <CompanyDetail id={id} />;
}
