"use client";

import { useRouter } from "next/navigation";
import { useQueryStates } from "nuqs";
import { useState } from "react";
import { PageHeader } from "@/components/ui/page-header";
import type { ConversationFilters as Filters } from "@/lib/conversations/search-filters";
import { conversationFilterParsers, conversationUrlKeys } from "@/lib/conversations/url-state";
import { ConversationFilters } from "./conversation-filters";
import { ConversationList } from "./conversation-list";

export function ConversationsPage() {
  const [filters, setFilters] = useQueryStates(conversationFilterParsers, { urlKeys: conversationUrlKeys, history: "replace" });
  return (
    <div>
      <PageHeader title="Conversations" description="Newest first. Filters search Intercom directly and live in the URL, so a filtered view can be shared." actions={<IdJump />} />
      <div className="space-y-4">
        <ConversationFilters value={filters} onChange={(patch: Partial<Filters>) => setFilters(patch)} />
        <ConversationList filters={filters} />
      </div>
    </div>
  );
}

function IdJump() {
  const router = useRouter();
  const [id, setId] = useState("");
  const valid = /^\d{1,19}$/.test(id.trim());
  return (
    <form
      className="flex items-center gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) router.push(`/conversations/${id.trim()}`);
      }}
    >
      <label htmlFor="conversation-id-jump" className="text-sm text-slate-600">
        Go to id
      </label>
      <input
        id="conversation-id-jump"
        value={id}
        onChange={(e) => setId(e.target.value)}
        inputMode="numeric"
        placeholder="e.g. 210001499"
        className="w-36 rounded-md border border-slate-300 px-2 py-1.5 font-mono text-sm focus:border-brand-500 focus:outline-none"
        aria-invalid={id !== "" && !valid}
      />
      <button type="submit" disabled={!valid} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50">
        Open
      </button>
    </form>
  );
}
