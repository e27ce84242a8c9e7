"use client";

import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { Contact } from "@/lib/intercom/types/customers";
import { isMissing } from "@/lib/api/api-error";
import { formatAttribute } from "@/lib/contacts/format-attribute";
import { DASH, formatDateTime, formatRelative } from "@/lib/format/time";
import { contactQueries } from "@/lib/queries/contacts";
import { ErrorPanel, NotFoundPanel } from "@/components/ui/query-state";
import { CardsSkeleton, Skeleton } from "@/components/ui/skeleton";
import { AttributeGrid, type AttributeRow } from "@/components/ui/attribute-grid";
import { ContactAttributes } from "./contact-attributes";
import { ContactCompanies, ContactEvents, ContactNotes, ContactSegments, ContactSubscriptions, ContactTags } from "./contact-related";
import { RoleBadge } from "@/components/ui/role-badge";
import { Section } from "@/components/ui/section";
import { TeammateLink } from "@/components/ui/teammate-link";
import { useAttributeLabels } from "@/lib/contacts/use-attribute-labels";

export function ContactNotFound({ id }: { id: string }) {
  return (
    <div className="space-y-3">
      <NotFoundPanel what="Contact" id={id} backHref="/contacts" backLabel="Search contacts" />
      <p className="text-center text-sm text-slate-500">Intercom answers “not found” for a contact that was merged into another one or deleted, as well as for an id it never had.</p>
    </div>
  );
}

/** /contacts/[id]: everything about one customer on one page. */
export function ContactDetail({ id, conversations }: { id: string; conversations: ReactNode }) {
  const q = useQuery(contactQueries.detail(id));
  if (q.isPending) {
    return (
      <div className="space-y-4" role="status" aria-label="Loading contact">
        <Skeleton className="h-16 w-full" />
        <CardsSkeleton count={4} />
      </div>
    );
  }
  if (q.isError) {
    if (isMissing(q.error)) return <ContactNotFound id={id} />;
    return <ErrorPanel error={q.error} title="Could not load this contact" onRetry={() => q.refetch()} />;
  }
  return <ContactProfile contact={q.data} conversations={conversations} />;
}

function initials(c: Contact): string {
  const source = c.name || c.email || "?";
  return source
    .split(/[\s.@]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

function Flag({ on, label }: { on: boolean | null | undefined; label: string }) {
  return (
    <li className={`rounded-full px-2 py-0.5 text-xs font-medium ${on ? "bg-red-50 text-red-700" : "bg-slate-50 text-slate-500"}`}>
      {label}: {on ? "yes" : "no"}
    </li>
  );
}

function ContactProfile({ contact: c, conversations }: { contact: Contact; conversations: ReactNode }) {
  const labels = useAttributeLabels("contact");
  const row = (name: string, value: AttributeRow["value"], fallback?: string): AttributeRow => ({ ...labels(name, fallback), value });
  const when = (unix: number | null | undefined) => (unix ? <span title={formatDateTime(unix)}>{`${formatDateTime(unix)} (${formatRelative(unix)})`}</span> : DASH);
  const devices: AttributeRow[] = [
    { label: "Browser", value: c.browser ? `${c.browser} ${c.browser_version ?? ""}`.trim() : DASH },
    row("browser_language", c.browser_language || DASH),
    row("os", c.os || DASH),
    ...(c.ios_device || c.ios_app_version
      ? [{ label: "iOS app", value: `${c.ios_app_name ?? "App"} ${c.ios_app_version ?? ""} on ${c.ios_device ?? "iOS"} ${c.ios_os_version ?? ""} · last seen ${formatRelative(c.ios_last_seen_at)}` }]
      : []),
    ...(c.android_device || c.android_app_version
      ? [
          {
            label: "Android app",
            value: `${c.android_app_name ?? "App"} ${c.android_app_version ?? ""} on ${c.android_device ?? "Android"} ${c.android_os_version ?? ""} · last seen ${formatRelative(c.android_last_seen_at)}`,
          },
        ]
      : []),
  ];

  return (
    <div className="space-y-4">
      <Breadcrumbs items={[{ href: "/contacts", label: "Contacts" }, { label: c.name || c.email || c.id }]} />
      <Card as="header" className="flex flex-wrap items-center gap-4 p-4">
        <span aria-hidden className="grid h-14 w-14 place-items-center rounded-full bg-brand-50 text-lg font-semibold text-brand-700">
          {initials(c)}
        </span>
        <div className="min-w-0 flex-1">
          <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold tracking-tight text-slate-900" data-testid="contact-name">
            {c.name || c.email || "Unnamed contact"} <RoleBadge role={c.role} />
          </h1>
          <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
            <span data-testid="contact-email">{c.email || "No email"}</span>
            {c.phone && <span>{c.phone}</span>}
            {c.external_id && <span>External id {c.external_id}</span>}
            <span>
              Owner <TeammateLink id={c.owner_id} />
            </span>
          </p>
        </div>
        <ul className="flex flex-wrap gap-1.5" aria-label="Email status">
          <Flag on={c.unsubscribed_from_emails} label="Unsubscribed" />
          <Flag on={c.has_hard_bounced} label="Hard bounced" />
          <Flag on={c.marked_email_as_spam} label="Marked as spam" />
        </ul>
      </Card>

      <div className="grid gap-4 xl:grid-cols-3">
        <div className="space-y-4 xl:col-span-2">
          <Section title="Profile" id="contact-profile">
            <AttributeGrid
              rows={[
                row("signed_up_at", when(c.signed_up_at)),
                row("last_seen_at", when(c.last_seen_at)),
                row("last_replied_at", when(c.last_replied_at)),
                row("last_contacted_at", when(c.last_contacted_at)),
                row("last_email_opened_at", when(c.last_email_opened_at)),
                row("last_email_clicked_at", when(c.last_email_clicked_at)),
                row("created_at", when(c.created_at)),
                { label: "Updated", value: when(c.updated_at) },
                row("location.city", c.location?.city || DASH),
                row("location.region", c.location?.region || DASH),
                row("location.country", c.location?.country || DASH),
                row("language_override", c.language_override || DASH),
                { label: "Source", value: [c.utm_source && `utm ${c.utm_source}`, c.referrer].filter(Boolean).join(" · ") || DASH },
                { label: "Intercom id", value: <code className="font-mono text-xs">{c.id}</code> },
              ]}
            />
          </Section>
          <ContactAttributes contact={c} />
          <ContactNotes contactId={c.id} />
          <ContactEvents contactId={c.id} />
          {conversations}
        </div>
        <div className="space-y-4">
          <ContactCompanies contactId={c.id} />
          <ContactTags contactId={c.id} />
          <ContactSegments contactId={c.id} />
          <ContactSubscriptions contactId={c.id} />
          <Section title="Devices and browsers" id="contact-devices">
            <AttributeGrid narrow rows={devices.map((d) => ({ ...d, value: typeof d.value === "string" ? formatAttribute(d.value) : d.value }))} />
          </Section>
        </div>
      </div>
    </div>
  );
}
