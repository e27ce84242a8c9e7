"use client";

import { useMemo } from "react";
import { ConversationList } from "@/components/conversations/conversation-list";
import { Section } from "./section";

/** The contact's conversations: the conversations area's list, fixed to this contact. */
export function ContactConversations({ contactId }: { contactId: string }) {
  const fixed = useMemo(() => ({ contact: contactId }), [contactId]);
  return (
    <Section title="Conversations" id="contact-conversations">
      <ConversationList fixed={fixed} emptyText="This contact has no conversations." />
    </Section>
  );
}
