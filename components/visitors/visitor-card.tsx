"use client";

import Link from "next/link";
import type { Visitor } from "@/lib/intercom/types/customers";
import { DASH, formatDateTime, formatNumber, formatRelative } from "@/lib/format/time";
import { AttributeGrid } from "@/components/ui/attribute-grid";
import { Section } from "@/components/ui/section";

/** Everything Intercom knows about an anonymous visitor. */
export function VisitorCard({ visitor: v, linkTitle = false }: { visitor: Visitor; linkTitle?: boolean }) {
  const loc = v.location_data;
  const title = v.name || v.pseudonym || v.user_id || v.id;
  const tags = v.tags?.tags ?? [];
  return (
    <Section title={linkTitle ? "Visitor" : title} id="visitor-card">
      {linkTitle && (
        <p className="mb-3 text-lg font-semibold">
          <Link href={`/visitors/${encodeURIComponent(v.id)}`} className="text-brand-600 hover:underline">
            {title}
          </Link>
        </p>
      )}
      <AttributeGrid
        rows={[
          { label: "Name", value: v.name || DASH },
          { label: "Pseudonym", value: v.pseudonym || DASH },
          { label: "Email", value: v.email || DASH },
          { label: "User id", value: v.user_id ? <code className="font-mono text-xs">{v.user_id}</code> : DASH },
          { label: "Anonymous", value: v.anonymous === null || v.anonymous === undefined ? DASH : v.anonymous ? "Yes" : "No" },
          { label: "Location", value: [loc?.city_name, loc?.region_name, loc?.country_name].filter(Boolean).join(", ") || DASH },
          { label: "Time zone", value: loc?.timezone || DASH },
          { label: "Last seen", value: v.last_request_at ? `${formatDateTime(v.last_request_at)} (${formatRelative(v.last_request_at)})` : DASH },
          { label: "First seen", value: formatDateTime(v.created_at) },
          { label: "Sessions", value: formatNumber(v.session_count) },
          { label: "Came from", value: [v.utm_source && `utm ${v.utm_source}`, v.referrer].filter(Boolean).join(" · ") || DASH },
          { label: "Tags", value: tags.length ? tags.map((t) => t.name ?? t.id).join(", ") : DASH },
          { label: "Intercom id", value: <code className="font-mono text-xs">{v.id}</code> },
        ]}
      />
    </Section>
  );
}
