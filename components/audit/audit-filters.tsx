"use client";

import { Input, Select } from "@/components/ui/field";
import { CATEGORIES, categoryOf, KNOWN_TYPES, typeLabel } from "@/lib/audit/categories";

export interface FilterValues {
  teammate: string | null;
  category: string | null;
  type: string | null;
  ip: string | null;
  q: string | null;
  sensitive: boolean;
  newIp: boolean;
}

/** Teammate, category, type, IP, text and the sensitive-only and new-IP switches. */
export function AuditFilters({
  values,
  teammates,
  typesInRange,
  onChange,
}: {
  values: FilterValues;
  teammates: readonly { id: string; label: string }[];
  typesInRange: readonly string[];
  onChange: (patch: Partial<FilterValues>, typing?: boolean) => void;
}) {
  const types = [...new Set([...typesInRange, ...KNOWN_TYPES, ...(values.type ? [values.type] : [])])];
  return (
    <div className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter the audit log">
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        Teammate
        <Select value={values.teammate ?? ""} onChange={(e) => onChange({ teammate: e.target.value || null })}>
          <option value="">Everyone</option>
          {teammates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        Category
        <Select value={values.category ?? ""} onChange={(e) => onChange({ category: e.target.value || null, type: null })}>
          <option value="">All categories</option>
          {CATEGORIES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        Activity type
        <Select className="max-w-56" value={values.type ?? ""} onChange={(e) => onChange({ type: e.target.value || null })}>
          <option value="">All types</option>
          {CATEGORIES.map((c) => {
            const inCategory = types.filter((t) => categoryOf(t) === c.id && (!values.category || values.category === c.id)).sort((a, b) => typeLabel(a).localeCompare(typeLabel(b)));
            return inCategory.length ? (
              <optgroup key={c.id} label={c.label}>
                {inCategory.map((t) => (
                  <option key={t} value={t}>
                    {typeLabel(t)}
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
        </Select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        IP starts with
        <Input className="w-36 font-mono" value={values.ip ?? ""} onChange={(e) => onChange({ ip: e.target.value || null }, true)} placeholder="203.0.113." spellCheck={false} />
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        Description contains
        <Input type="search" className="w-56" value={values.q ?? ""} onChange={(e) => onChange({ q: e.target.value || null }, true)} placeholder="e.g. exported, Jira" />
      </label>
      <label className="flex items-center gap-2 pb-1.5 text-sm text-slate-700">
        <input type="checkbox" role="switch" checked={values.sensitive} onChange={(e) => onChange({ sensitive: e.target.checked })} className="size-4 accent-amber-600" />
        Sensitive only
      </label>
      <label className="flex items-center gap-2 pb-1.5 text-sm text-slate-700">
        <input type="checkbox" role="switch" checked={values.newIp} onChange={(e) => onChange({ newIp: e.target.checked })} className="size-4 accent-amber-600" />
        New-IP sign-ins only
      </label>
    </div>
  );
}
