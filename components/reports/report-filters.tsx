"use client";

import { Field, Input, Select } from "@/components/ui/field";
import { NONE } from "@/lib/reports/facts";
import type { NameMaps } from "@/lib/reports/ledger-csv";

export interface FilterValues {
  from: string | null;
  to: string | null;
  team: string | null;
  admin: string | null;
  tag: string | null;
}

function options(map: Record<string, string>) {
  return Object.entries(map).sort((a, b) => a[1].localeCompare(b[1]));
}

/** Date range and team/teammate/tag pickers; `show` picks which of the three owners appear. */
export function ReportFilters({
  values,
  names,
  onChange,
  show = ["team", "admin", "tag"],
  children,
}: {
  values: FilterValues;
  names: NameMaps | undefined;
  onChange: (patch: Partial<FilterValues>) => void;
  show?: ("team" | "admin" | "tag")[];
  children?: React.ReactNode;
}) {
  const pickers = {
    team: { label: "Team", map: names?.teams, none: "No team" },
    admin: { label: "Teammate", map: names?.admins, none: "Unassigned" },
    tag: { label: "Tag", map: names?.tags, none: "No tag" },
  } as const;
  return (
    <div className="mb-4 flex flex-wrap items-end gap-3">
      <Field label="From" htmlFor="report-from">
        <Input id="report-from" type="date" value={values.from ?? ""} onChange={(e) => onChange({ from: e.target.value || null })} />
      </Field>
      <Field label="To" htmlFor="report-to">
        <Input id="report-to" type="date" value={values.to ?? ""} onChange={(e) => onChange({ to: e.target.value || null })} />
      </Field>
      {show.map((k) => (
        <Field key={k} label={pickers[k].label} htmlFor={`report-${k}`}>
          <Select id={`report-${k}`} value={values[k] ?? ""} onChange={(e) => onChange({ [k]: e.target.value || null })}>
            <option value="">All</option>
            <option value={NONE}>{pickers[k].none}</option>
            {options(pickers[k].map ?? {}).map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      {children}
    </div>
  );
}

/** A group key as people read it. */
export function groupLabel(kind: "week" | "team" | "admin" | "tag", key: string, names: NameMaps | undefined): string {
  if (kind === "week") return `Week of ${key}`;
  if (key === NONE) return kind === "team" ? "No team" : kind === "admin" ? "Unassigned" : "No tag";
  const map = kind === "team" ? names?.teams : kind === "admin" ? names?.admins : names?.tags;
  return map?.[key] ?? key;
}
