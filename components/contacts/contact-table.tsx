"use client";

import { Card } from "@/components/ui/card";
import { useVirtualizer } from "@tanstack/react-virtual";
import Link from "next/link";
import { useEffect, useRef } from "react";
import type { Contact } from "@/lib/intercom/types/customers";
import { DASH, formatDate, formatRelative } from "@/lib/format/time";
import { RoleBadge } from "@/components/ui/role-badge";
import { CompanyName } from "./company-name";

const ROW_HEIGHT = 44;
const COLUMNS = "minmax(10rem,1.3fr) minmax(12rem,1.6fr) 5rem minmax(8rem,1fr) minmax(8rem,1fr) 8rem 7rem";
const HEADERS = ["Name", "Email", "Role", "Company", "Location", "Last seen", "Created"];

export function locationText(c: Contact): string {
  const parts = [c.location?.city, c.location?.country].filter(Boolean);
  return parts.length ? parts.join(", ") : DASH;
}

/**
 * The contact list, virtualised: only the rows in view are in the DOM, so thousands of loaded
 * contacts scroll smoothly. Reaching the end asks for the next page.
 */
export function ContactTable({ contacts, hasMore, loadingMore, onEndReached }: { contacts: Contact[]; hasMore: boolean; loadingMore: boolean; onEndReached: () => void }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: contacts.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= contacts.length - 15) onEndReached();
  }, [lastIndex, contacts.length, hasMore, loadingMore, onEndReached]);

  return (
    <Card role="table" aria-label="Contacts" aria-rowcount={contacts.length + 1} className="overflow-hidden text-sm">
      <div ref={scrollRef} className="h-[calc(100vh-18rem)] min-h-80 overflow-auto" data-testid="contact-scroller">
        <div role="rowgroup" className="sticky top-0 z-10 min-w-[62rem] border-b border-slate-200 bg-slate-50">
          <div role="row" className="grid gap-3 px-4 py-2 text-xs font-medium uppercase tracking-wide text-slate-500" style={{ gridTemplateColumns: COLUMNS }}>
            {HEADERS.map((h) => (
              <span key={h} role="columnheader">
                {h}
              </span>
            ))}
          </div>
        </div>
        <div role="rowgroup" className="relative min-w-[62rem]" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const c = contacts[item.index]!;
            const companyId = c.companies?.data?.[0]?.id;
            return (
              <div
                key={c.id}
                role="row"
                aria-rowindex={item.index + 2}
                data-contact-id={c.id}
                className="absolute left-0 top-0 grid w-full items-center gap-3 border-b border-slate-100 px-4 hover:bg-slate-50"
                style={{ gridTemplateColumns: COLUMNS, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <span role="cell" className="truncate">
                  <Link href={`/contacts/${encodeURIComponent(c.id)}`} className="font-medium text-brand-600 hover:underline">
                    {c.name || c.email || "Unnamed contact"}
                  </Link>
                </span>
                <span role="cell" className="truncate text-slate-700" title={c.email ?? undefined}>
                  {c.email || DASH}
                </span>
                <span role="cell">
                  <RoleBadge role={c.role} />
                </span>
                <span role="cell" className="truncate">
                  {companyId ? <CompanyName id={companyId} /> : DASH}
                  {(c.companies?.total_count ?? 0) > 1 && <span className="ml-1 text-xs text-slate-400">+{(c.companies?.total_count ?? 1) - 1}</span>}
                </span>
                <span role="cell" className="truncate text-slate-600">
                  {locationText(c)}
                </span>
                <span role="cell" className="truncate text-slate-600" title={formatDate(c.last_seen_at)}>
                  {formatRelative(c.last_seen_at)}
                </span>
                <span role="cell" className="text-slate-600">
                  {formatDate(c.created_at)}
                </span>
              </div>
            );
          })}
        </div>
        {loadingMore && <p className="px-4 py-3 text-sm text-slate-500">Loading more contacts…</p>}
      </div>
    </Card>
  );
}
