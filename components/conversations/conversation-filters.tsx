"use client";

import { Input, Select } from "@/components/ui/field";
import { Card } from "@/components/ui/card";
import { useQuery } from "@tanstack/react-query";
import { activeFilterCount, CONVERSATION_STATES, type ConversationFilters as Filters } from "@/lib/conversations/search-filters";
import { adminQueries, teamQueries } from "@/lib/queries/workspace";
import { conversationQueries } from "@/lib/queries/conversations";
import { ChoiceSelect } from "@/components/ui/choice-select";

const LABEL = "flex flex-col gap-1 text-xs font-medium text-slate-500";

/** The list's filters; every change goes straight to the URL through `onChange`. */
export function ConversationFilters({ value, onChange }: { value: Filters; onChange: (patch: Partial<Filters>) => void }) {
  const admins = useQuery(adminQueries.list());
  const teams = useQuery(teamQueries.list());
  const tags = useQuery(conversationQueries.tagOptions());
  const set = (key: keyof Filters) => (e: { target: { value: string } }) => onChange({ [key]: e.target.value || null });

  return (
    <Card as="form" className="p-3" aria-label="Filter conversations" onSubmit={(e) => e.preventDefault()}>
      <div className="flex flex-wrap items-end gap-3">
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-xs font-medium text-slate-500">State</legend>
          <div className="inline-flex overflow-hidden rounded-md border border-slate-300" role="group">
            {[null, ...CONVERSATION_STATES].map((s) => (
              <button
                key={s ?? "all"}
                type="button"
                aria-pressed={(value.state ?? null) === s}
                onClick={() => onChange({ state: s })}
                className={`px-3 py-1.5 text-sm capitalize ${(value.state ?? null) === s ? "bg-brand-600 text-white" : "bg-card text-slate-700 hover:bg-slate-50"} border-l border-slate-300 first:border-l-0`}
              >
                {s ?? "All"}
              </button>
            ))}
          </div>
        </fieldset>
        <label className={LABEL}>
          Teammate
          <ChoiceSelect value={value.admin} onChange={(admin) => onChange({ admin })} ariaLabel="Assigned teammate" anyLabel="Anyone" options={admins.data?.admins} />
        </label>
        <label className={LABEL}>
          Team
          <ChoiceSelect value={value.team} onChange={(team) => onChange({ team })} ariaLabel="Assigned team" anyLabel="Any team" options={teams.data?.teams} />
        </label>
        <label className={LABEL}>
          Tag
          {tags.isError ? (
            <Input className="w-28" value={value.tag ?? ""} onChange={set("tag")} placeholder="Tag id" inputMode="numeric" aria-label="Tag id" />
          ) : (
            <ChoiceSelect value={value.tag} onChange={(tag) => onChange({ tag })} ariaLabel="Tag" anyLabel="Any tag" options={tags.data?.data} />
          )}
        </label>
        <label className={LABEL}>
          Priority
          <Select value={value.priority ?? ""} onChange={set("priority")} aria-label="Priority">
            <option value="">Any</option>
            <option value="priority">Priority</option>
            <option value="not_priority">Not priority</option>
          </Select>
        </label>
        <label className={LABEL}>
          Contact id
          <Input className="w-56 font-mono text-xs" value={value.contact ?? ""} onChange={set("contact")} placeholder="24-character id" spellCheck={false} aria-label="Contact id" />
        </label>
      </div>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <DateRange label="Created" from={value.createdFrom} to={value.createdTo} onFrom={set("createdFrom")} onTo={set("createdTo")} />
        <DateRange label="Updated" from={value.updatedFrom} to={value.updatedTo} onFrom={set("updatedFrom")} onTo={set("updatedTo")} />
        {activeFilterCount(value) > 0 && (
          <button
            type="button"
            className="ml-auto rounded-md px-2 py-1.5 text-sm font-medium text-brand-600 hover:bg-brand-50"
            onClick={() => onChange({ state: null, admin: null, team: null, tag: null, contact: null, priority: null, createdFrom: null, createdTo: null, updatedFrom: null, updatedTo: null })}
          >
            Clear filters
          </button>
        )}
      </div>
    </Card>
  );
}

function DateRange({
  label,
  from,
  to,
  onFrom,
  onTo,
}: {
  label: string;
  from?: string | null;
  to?: string | null;
  onFrom: (e: { target: { value: string } }) => void;
  onTo: (e: { target: { value: string } }) => void;
}) {
  return (
    <fieldset className="flex items-end gap-2">
      <legend className="mb-1 text-xs font-medium text-slate-500">{label} between</legend>
      <Input type="date" value={from ?? ""} max={to ?? undefined} onChange={onFrom} aria-label={`${label} from`} />
      <span className="pb-2 text-xs text-slate-400">and</span>
      <Input type="date" value={to ?? ""} min={from ?? undefined} onChange={onTo} aria-label={`${label} to`} />
    </fieldset>
  );
}
