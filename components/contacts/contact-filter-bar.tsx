"use client";

import { Select } from "@/components/ui/field";
import { useQuery } from "@tanstack/react-query";
import { format, subDays } from "date-fns";
import type { ContactFilters } from "@/lib/contacts/contact-search";
import { segmentQueries } from "@/lib/queries/segments";
import { tagQueries } from "@/lib/queries/tags";
import { CompanyFilter } from "./company-filter";
import type { SetContactParams } from "./use-contact-filters";
import { ChoiceSelect } from "@/components/ui/choice-select";

const day = (d: Date) => format(d, "yyyy-MM-dd");

/** Role, tag, segment, company and date filters; every change goes to the URL. */
export function ContactFilterBar({ filters, company, setParams }: { filters: ContactFilters; company: string | null; setParams: SetContactParams }) {
  const tags = useQuery(tagQueries.list());
  const segments = useQuery(segmentQueries.list());
  const byCompany = company !== null;
  const today = new Date();
  const presets = [
    { label: "Seen in 7 days", apply: { seen_from: day(subDays(today, 7)), seen_to: null } },
    { label: "Seen in 30 days", apply: { seen_from: day(subDays(today, 30)), seen_to: null } },
    { label: "Not seen for 30+ days", apply: { seen_from: null, seen_to: day(subDays(today, 30)) } },
    { label: "Created in 30 days", apply: { created_from: day(subDays(today, 30)), created_to: null } },
  ];
  const anyDate = filters.createdFrom || filters.createdTo || filters.seenFrom || filters.seenTo;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor="role-filter">
          Role
        </label>
        <Select id="role-filter" disabled={byCompany} value={filters.role ?? ""} onChange={(e) => setParams({ role: (e.target.value || null) as "user" | "lead" | null })}>
          <option value="">Users and leads</option>
          <option value="user">Users</option>
          <option value="lead">Leads</option>
        </Select>
        <label className="sr-only" htmlFor="tag-filter">
          Tag
        </label>
        <ChoiceSelect id="tag-filter" disabled={byCompany} value={filters.tag} onChange={(tag) => setParams({ tag })} anyLabel="Any tag" options={tags.data?.data}>
          {filters.tag && !tags.data?.data.some((t) => t.id === filters.tag) && <option value={filters.tag}>Tag {filters.tag}</option>}
        </ChoiceSelect>
        <label className="sr-only" htmlFor="segment-filter">
          Segment
        </label>
        <Select id="segment-filter" disabled={byCompany} value={filters.segment ?? ""} onChange={(e) => setParams({ segment: e.target.value || null })}>
          <option value="">Any segment</option>
          {segments.data?.segments.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name ?? s.id}
            </option>
          ))}
          {filters.segment && !segments.data?.segments.some((s) => s.id === filters.segment) && <option value={filters.segment}>Segment {filters.segment}</option>}
        </Select>
        <CompanyFilter companyId={company} onChange={(id) => setParams({ company: id })} />
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-600">
        <DateRange label="Last seen" from={filters.seenFrom} to={filters.seenTo} disabled={byCompany} onChange={(from, to) => setParams({ seen_from: from, seen_to: to })} />
        <DateRange label="Created" from={filters.createdFrom} to={filters.createdTo} disabled={byCompany} onChange={(from, to) => setParams({ created_from: from, created_to: to })} />
        <div className="flex flex-wrap gap-1">
          {presets.map((p) => (
            <button
              key={p.label}
              type="button"
              disabled={byCompany}
              onClick={() => setParams(p.apply)}
              className="rounded-full border border-slate-200 bg-card px-2 py-0.5 text-xs text-slate-600 hover:border-slate-300 disabled:opacity-50"
            >
              {p.label}
            </button>
          ))}
          {anyDate && (
            <button type="button" onClick={() => setParams({ seen_from: null, seen_to: null, created_from: null, created_to: null })} className="px-2 text-xs text-brand-600 hover:underline">
              Clear dates
            </button>
          )}
        </div>
      </div>
      {byCompany && (
        <p className="text-xs text-slate-500">Showing everyone in this company. Intercom&apos;s contact search cannot filter by company, so the other filters are off while a company is chosen.</p>
      )}
    </div>
  );
}

function DateRange({ label, from, to, disabled, onChange }: { label: string; from: string | null; to: string | null; disabled: boolean; onChange: (from: string | null, to: string | null) => void }) {
  const id = label.toLowerCase().replace(/\s+/g, "-");
  return (
    <fieldset className="flex items-center gap-1" disabled={disabled}>
      <legend className="sr-only">{label} between</legend>
      <span className="mr-1">{label}</span>
      <label htmlFor={`${id}-from`} className="sr-only">
        {label} from
      </label>
      <input
        id={`${id}-from`}
        type="date"
        value={from ?? ""}
        max={to ?? undefined}
        onChange={(e) => onChange(e.target.value || null, to)}
        className="rounded-md border border-slate-300 px-1.5 py-1 text-sm"
      />
      <span aria-hidden>–</span>
      <label htmlFor={`${id}-to`} className="sr-only">
        {label} to
      </label>
      <input
        id={`${id}-to`}
        type="date"
        value={to ?? ""}
        min={from ?? undefined}
        onChange={(e) => onChange(from, e.target.value || null)}
        className="rounded-md border border-slate-300 px-1.5 py-1 text-sm"
      />
    </fieldset>
  );
}
