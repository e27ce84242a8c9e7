import { formatPercent } from "@/lib/articles/statistics";

/** Happy / neutral / sad shares as one horizontal bar with a legend. */
export function ReactionBar({ happy, neutral, sad }: { happy: number | null; neutral: number | null; sad: number | null }) {
  if (happy === null || neutral === null || sad === null || happy + neutral + sad === 0) return <p className="text-sm text-slate-500">No reactions yet.</p>;
  const parts = [
    { label: "Happy", value: happy, color: "bg-emerald-500" },
    { label: "Neutral", value: neutral, color: "bg-slate-400" },
    { label: "Sad", value: sad, color: "bg-rose-500" },
  ];
  return (
    <div>
      <div className="flex h-2.5 overflow-hidden rounded-full bg-slate-100" aria-hidden>
        {parts.map((p) => (
          <div key={p.label} className={p.color} style={{ width: `${p.value}%` }} />
        ))}
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 text-xs text-slate-600">
        {parts.map((p) => (
          <li key={p.label} className="flex items-center gap-1.5">
            <span aria-hidden className={`inline-block h-2 w-2 rounded-full ${p.color}`} />
            {p.label}{" "}
            <span className="font-medium tabular-nums text-slate-900" data-testid={`reaction-${p.label.toLowerCase()}`}>
              {formatPercent(p.value)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
