"use client";

import { useQuery } from "@tanstack/react-query";
import { Command } from "cmdk";
import { useRouter } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { understandQuery } from "@/lib/contacts/understand-query";
import { contactQueries } from "@/lib/queries/contacts";
import { companyQueries } from "@/lib/queries/companies";
import { tagQueries } from "@/lib/queries/tags";
import { adminQueries } from "@/lib/queries/workspace";
import { NAV } from "@/lib/navigation";
import { useDebounced } from "./use-debounced";

const MAX_LOCAL = 5;

/**
 * ⌘K / Ctrl+K from any page: contacts by email or name, a company by name, teammates, tags, a
 * conversation by id, and Lens's own pages. Remote lookups wait for a pause in typing.
 */
export function CommandPalette() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState("");
  const text = search.trim();
  const settled = useDebounced(text, 250);
  const lower = text.toLowerCase();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() === "k" && (e.metaKey || e.ctrlKey)) {
        e.preventDefault();
        setOpen((o) => !o);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const understood = understandQuery(settled);
  const wantsContacts = open && settled.length >= 2 && understood !== null;
  const contacts = useQuery({ ...contactQueries.quick(settled), enabled: wantsContacts });
  // Companies are found by exact name or company_id only: skip the lookup for emails, phones and ids.
  const mayBeCompany = understood?.kind === "name" || understood?.kind === "external_id";
  const company = useQuery({ ...companyQueries.find(settled), enabled: open && settled.length >= 2 && mayBeCompany });
  const admins = useQuery({ ...adminQueries.list(), enabled: open });
  const tags = useQuery({ ...tagQueries.list(), enabled: open });

  // When matching contacts arrive, the best one is what Enter opens.
  const firstContact = contacts.data?.data[0]?.id;
  const [selectedFor, setSelectedFor] = useState<string | undefined>(undefined);
  if (firstContact !== selectedFor) {
    setSelectedFor(firstContact);
    if (firstContact) setSelected(`contact-${firstContact}`);
  }

  const go = (href: string) => {
    setOpen(false);
    setSearch("");
    router.push(href);
  };

  const matches = (...fields: (string | null | undefined)[]) => lower !== "" && fields.some((f) => f?.toLowerCase().includes(lower));
  const teammates = (admins.data?.admins ?? []).filter((a) => matches(a.name, a.email)).slice(0, MAX_LOCAL);
  const tagHits = (tags.data?.data ?? []).filter((t) => matches(t.name)).slice(0, MAX_LOCAL);
  const pages = NAV.flatMap((g) => g.items).filter((i) => (lower === "" ? i.href !== "/" : matches(i.label)));
  const conversationId = /^#?(\d{1,19})$/.exec(text)?.[1];
  const typing = text !== settled;
  const loadingContacts = wantsContacts && contacts.isFetching;

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="flex items-center gap-2 rounded-md border border-slate-200 bg-card px-2.5 py-1 text-xs text-slate-500 hover:border-slate-300 hover:text-slate-700"
        aria-keyshortcuts="Meta+K Control+K"
      >
        Search
        <kbd className="hidden rounded border border-slate-200 bg-slate-50 px-1 font-sans text-[10px] text-slate-500 sm:inline">⌘K</kbd>
      </button>
      <Command.Dialog
        open={open}
        onOpenChange={(o) => {
          setOpen(o);
          if (!o) setSearch("");
        }}
        label="Search Lens"
        shouldFilter={false}
        value={selected}
        onValueChange={setSelected}
        overlayClassName="fixed inset-0 z-40 bg-slate-900/30"
        contentClassName="fixed left-1/2 top-24 z-50 w-[min(40rem,calc(100vw-2rem))] -translate-x-1/2 overflow-hidden rounded-xl border border-slate-200 bg-card shadow-2xl"
      >
        <Command.Input
          value={search}
          onValueChange={setSearch}
          placeholder="Email, name, company, teammate, tag or conversation id…"
          className="w-full border-b border-slate-200 px-4 py-3 text-sm outline-none placeholder:text-slate-400"
        />
        <Command.List className="max-h-[60vh] overflow-y-auto p-2 text-sm">
          {(typing || loadingContacts) && <Command.Loading>Searching…</Command.Loading>}
          {!typing && !loadingContacts && <Command.Empty className="px-3 py-6 text-center text-slate-500">Nothing found for “{text}”.</Command.Empty>}

          {text && understood && (
            <Group heading="Contacts">
              {(wantsContacts && !typing ? (contacts.data?.data ?? []) : []).map((c) => (
                <Item key={c.id} value={`contact-${c.id}`} onSelect={() => go(`/contacts/${encodeURIComponent(c.id)}`)} hint={c.role === "lead" ? "Lead" : "User"}>
                  <span className="font-medium text-slate-900">{c.name || c.email || c.id}</span>
                  {c.email && <span className="ml-2 text-slate-500">{c.email}</span>}
                </Item>
              ))}
              <Item value="contact-search" onSelect={() => go(`/contacts?q=${encodeURIComponent(text)}`)} hint="All matches">
                Search contacts: {understandQuery(text)?.description}
              </Item>
              {contacts.isError && <p className="px-3 py-1 text-xs text-red-700">{contacts.error.message}</p>}
            </Group>
          )}
          {!typing && (company.data?.data.length ?? 0) > 0 && (
            <Group heading="Companies">
              {company.data!.data.map((c) => (
                <Item key={c.id} value={`company-${c.id}`} onSelect={() => go(`/companies/${encodeURIComponent(c.id)}`)} hint={c.company_id ?? undefined}>
                  {c.name || c.id}
                </Item>
              ))}
            </Group>
          )}
          {conversationId && (
            <Group heading="Conversations">
              <Item value={`conversation-${conversationId}`} onSelect={() => go(`/conversations/${conversationId}`)}>
                Open conversation #{conversationId}
              </Item>
            </Group>
          )}
          {teammates.length > 0 && (
            <Group heading="Teammates">
              {teammates.map((a) => (
                <Item key={a.id} value={`admin-${a.id}`} onSelect={() => go(`/admins/${encodeURIComponent(a.id)}`)} hint={a.email ?? undefined}>
                  {a.name || a.email || a.id}
                </Item>
              ))}
            </Group>
          )}
          {tagHits.length > 0 && (
            <Group heading="Tags">
              {tagHits.map((t) => (
                <Item key={t.id} value={`tag-${t.id}`} onSelect={() => go(`/tags/${encodeURIComponent(t.id)}`)}>
                  {t.name || t.id}
                </Item>
              ))}
            </Group>
          )}
          {pages.length > 0 && (
            <Group heading="Go to">
              {pages.map((p) => (
                <Item key={p.href} value={`page-${p.href}`} onSelect={() => go(p.href)}>
                  {p.label}
                </Item>
              ))}
            </Group>
          )}
        </Command.List>
      </Command.Dialog>
    </>
  );
}

function Group({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <Command.Group
      heading={heading}
      className="mb-1 [&_[cmdk-group-heading]]:px-3 [&_[cmdk-group-heading]]:py-1 [&_[cmdk-group-heading]]:text-[11px] [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:uppercase [&_[cmdk-group-heading]]:tracking-wider [&_[cmdk-group-heading]]:text-slate-400"
    >
      {children}
    </Command.Group>
  );
}

function Item({ value, onSelect, hint, children }: { value: string; onSelect: () => void; hint?: string; children: ReactNode }) {
  return (
    <Command.Item
      value={value}
      onSelect={onSelect}
      className="flex cursor-pointer items-center justify-between gap-3 rounded-md px-3 py-2 text-slate-700 data-[selected=true]:bg-brand-50 data-[selected=true]:text-brand-800"
    >
      <span className="min-w-0 truncate">{children}</span>
      {hint && <span className="shrink-0 text-xs text-slate-400">{hint}</span>}
    </Command.Item>
  );
}
