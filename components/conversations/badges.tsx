import { DASH } from "@/lib/format/time";

const STATE_STYLE: Record<string, string> = {
  open: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  closed: "bg-slate-100 text-slate-700 ring-slate-200",
  snoozed: "bg-amber-50 text-amber-800 ring-amber-200",
};

export function StateBadge({ state }: { state: string | null | undefined }) {
  if (!state) return <span className="text-slate-400">{DASH}</span>;
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium capitalize ring-1 ring-inset ${STATE_STYLE[state] ?? STATE_STYLE.closed}`} data-testid="state-badge">
      {state}
    </span>
  );
}

export function PriorityBadge({ priority }: { priority: string | null | undefined }) {
  if (priority !== "priority") return <span className="text-slate-400">Normal</span>;
  return <span className="inline-flex items-center rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-700 ring-1 ring-inset ring-red-200">Priority</span>;
}

const RATING_WORDS: Record<number, string> = { 1: "Terrible", 2: "Bad", 3: "OK", 4: "Good", 5: "Amazing" };

/** Intercom's 1–5 conversation rating, as stars plus the word Intercom shows the customer. */
export function RatingStars({ rating, withWord = false }: { rating: number | null | undefined; withWord?: boolean }) {
  if (!rating || rating < 1 || rating > 5) return <span className="text-slate-400">{DASH}</span>;
  const score = Math.round(rating);
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap" title={`${score} out of 5 (${RATING_WORDS[score]})`}>
      <span aria-hidden className={score >= 4 ? "text-amber-500" : score === 3 ? "text-slate-500" : "text-red-500"}>
        {"★".repeat(score)}
        <span className="text-slate-300">{"★".repeat(5 - score)}</span>
      </span>
      <span className="sr-only">{score} out of 5</span>
      {withWord && <span className="text-xs text-slate-600">{RATING_WORDS[score]}</span>}
    </span>
  );
}
