import { formatNumber } from "@/lib/format/time";
import { formatRate, readStatistics } from "@/lib/articles/statistics";
import type { ArticleStatistics } from "@/lib/intercom/types/content";
import { ReactionBar } from "./reaction-bar";

/** An article's all-time statistics, read exactly as the insights page reads them. */
export function ArticleStats({ statistics }: { statistics: ArticleStatistics | null | undefined }) {
  const n = readStatistics(statistics);
  if (!n) return <p className="text-sm text-slate-500">Intercom sent no statistics for this article.</p>;
  const cells: [string, string, string][] = [
    ["Views", formatNumber(n.views), "views"],
    ["Conversations started", formatNumber(n.conversions), "conversions"],
    ["Conversion rate", formatRate(n.conversionRate), "conversion-rate"],
    ["Reactions", formatNumber(n.reactions), "reactions"],
  ];
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3">
        {cells.map(([label, value, id]) => (
          <div key={label} className="rounded-md bg-slate-50 p-3">
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="mt-0.5 text-lg font-semibold tabular-nums text-slate-900" data-testid={`stat-${id}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <ReactionBar happy={n.happy} neutral={n.neutral} sad={n.sad} />
      <p className="text-xs text-slate-500">All languages, all time. Conversion rate is conversations started per view.</p>
    </div>
  );
}
