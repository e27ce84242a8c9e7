const STYLES: Record<string, string> = {
  published: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
  live: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
  draft: "bg-amber-50 text-amber-800 ring-amber-600/20",
};

/** Published / live / draft, as a small coloured label. */
export function StateBadge({ state }: { state: string | null | undefined }) {
  const label = state ?? "unknown";
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[label] ?? "bg-slate-50 text-slate-600 ring-slate-500/20"}`} data-state={label}>
      {label.charAt(0).toUpperCase() + label.slice(1)}
    </span>
  );
}
