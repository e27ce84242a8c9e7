import type { Metadata } from "next";
import { Suspense } from "react";
import { ContactDetail, ContactNotFound } from "@/components/contacts/contact-detail";
import { ConversationList } from "@/components/conversations/conversation-list";
import { Section } from "@/components/ui/section";
import { CardsSkeleton } from "@/components/ui/skeleton";
import { decodeParam, HEX_ID } from "@/lib/contacts/route-params";
import { contactQueries } from "@/lib/queries/contacts";
import { conversationQueries } from "@/lib/queries/conversations";
import { dataAttributeQueries } from "@/lib/queries/data-attributes";
import { adminQueries, teamQueries } from "@/lib/queries/workspace";
import { requirePageViewer } from "@/lib/server/auth/guard";
import { Prefetched } from "@/lib/server/prefetched";

export const metadata: Metadata = { title: "Contact" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePageViewer();
  const id = decodeParam((await params).id);
  // A malformed id cannot name a contact: answer at once, without asking Intercom.
  if (!HEX_ID.test(id)) return <ContactNotFound id={id} />;
  // Everything on the first screen hangs off the id alone, so it is read in one round, side by side.
  const queries = [
    contactQueries.detail(id),
    contactQueries.tags(id),
    contactQueries.segments(id),
    contactQueries.subscriptions(id),
    contactQueries.companies(id),
    contactQueries.notes(id),
    contactQueries.events(id),
    dataAttributeQueries.list("contact", true),
    conversationQueries.list({ contact: id }),
    adminQueries.list(),
    teamQueries.list(),
  ];
  return (
    <Suspense fallback={<CardsSkeleton count={4} />}>
      <Prefetched queries={queries}>
        <ContactDetail
          id={id}
          conversations={
            <Section title="Conversations" id="contact-conversations">
              <ConversationList fixed={{ contact: id }} emptyText="This contact has no conversations." />
            </Section>
          }
        />
      </Prefetched>
    </Suspense>
  );
}
