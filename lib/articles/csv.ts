import Papa from "papaparse";
import type { InsightRow } from "./insights";

/** The insights table as CSV: one row per article, with links back to Lens and to the help center. */
export function insightsCsv(rows: readonly InsightRow[], lensOrigin: string): string {
  return Papa.unparse(
    rows.map((r) => ({
      article_id: r.id,
      title: r.title,
      state: r.state ?? "",
      views: r.views ?? "",
      conversations_started: r.conversions ?? "",
      conversion_rate_percent: r.conversionRate === null ? "" : (r.conversionRate * 100).toFixed(2),
      reactions: r.reactions ?? "",
      happy_percent: r.happy ?? "",
      neutral_percent: r.neutral ?? "",
      sad_percent: r.sad ?? "",
      updated_at: r.updatedAt ? new Date(r.updatedAt * 1000).toISOString() : "",
      lens_url: `${lensOrigin}/articles/${encodeURIComponent(r.id)}`,
      help_center_url: r.url ?? "",
    })),
    { newline: "\n", escapeFormulae: true },
  );
}
