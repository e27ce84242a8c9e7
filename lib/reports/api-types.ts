import type { AccessRow } from "./access-review";
import type { ArticleTrend, DailyChange } from "./article-history";
import type { RatedFact, RatingGroup } from "./csat";
import type { ConversationFact } from "./facts";
import type { NameMaps } from "./ledger-csv";
import type { Grouping, ResponseGroup } from "./response-times";

/** The bodies of Lens's /api/reports endpoints: one declaration shared by the routes' callers. */

export interface Fresh {
  /** When the report's streams last synced (unix seconds); null before the first sync. */
  asOf: number | null;
  lastError: string | null;
}

export interface ResponseTimesBody extends Fresh {
  group: Grouping;
  conversations: number;
  groups: ResponseGroup[];
  names: NameMaps;
}

export interface LedgerPageBody extends Fresh {
  total: number;
  offset: number;
  rows: ConversationFact[];
  names: NameMaps;
}

export interface CsatBody extends Fresh {
  rated: number;
  distribution: { rating: number; count: number }[];
  weeks: RatingGroup[];
  teams: RatingGroup[];
  admins: RatingGroup[];
  low: RatedFact[];
  lowTotal: number;
  names: NameMaps;
}

export interface ArticleHistoryBody extends Fresh {
  historyDays: number;
  daily: DailyChange[];
  movers: ArticleTrend[];
  falling: ArticleTrend[];
  sadder: ArticleTrend[];
  dayRows: (DailyChange & { article_id: string; title: string })[];
}

export interface ArticleSeriesBody extends Fresh {
  historyDays: number;
  title: string | null;
  daily: DailyChange[];
  sad: { day: string; sad_pct: number }[];
}

export interface AccessBody extends Fresh {
  dormantDays: number;
  rows: AccessRow[];
  teams: Record<string, string>;
}

export interface AlertsBody extends Fresh {
  file: { status: "off" | "ok" | "invalid"; path: string | null; errors: string[] };
  webhook: boolean;
  rules: { id: string; name: string; kind: string; description: string }[];
  matches: { rule_id: string; entry_id: string; at: number; summary: string; recorded_at: number; delivery: string }[];
  deliveries: { id: string; rule_id: string; entry_id: string; attempt: number; at: number; ok: boolean; http_status: number | null; error: string | null }[];
}
