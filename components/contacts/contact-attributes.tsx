"use client";

import { useQuery } from "@tanstack/react-query";
import type { Contact, DataAttribute } from "@/lib/intercom/types/customers";
import { formatAttribute, humanizeKey } from "@/lib/contacts/format-attribute";
import { dataAttributeQueries } from "@/lib/queries/data-attributes";
import { AttributeGrid } from "@/components/ui/attribute-grid";
import { Empty, Section } from "@/components/ui/section";

/** Custom attributes, labelled and typed by the workspace's /data_attributes (archived ones included). */
export function ContactAttributes({ contact }: { contact: Contact }) {
  const attributes = useQuery(dataAttributeQueries.list("contact", true));
  const byName = new Map<string, DataAttribute>();
  for (const a of attributes.data?.data ?? []) if (a.name) byName.set(a.custom ? a.name : `standard:${a.name}`, a);
  const entries = Object.entries(contact.custom_attributes ?? {});
  return (
    <Section title="Custom attributes" count={entries.length} id="contact-custom-attributes">
      {entries.length === 0 ? (
        <Empty>No custom attributes are set on this contact.</Empty>
      ) : (
        <AttributeGrid
          rows={entries.map(([key, value]) => {
            const def = byName.get(key);
            return {
              label: `${def?.label ?? humanizeKey(key)}${def?.archived ? " (archived)" : ""}`,
              hint: def?.description ? `${def.description} (custom_attributes.${key})` : `custom_attributes.${key}`,
              value: formatAttribute(value, def?.data_type),
            };
          })}
        />
      )}
    </Section>
  );
}
