import "server-only";
import { DEFAULT_DORMANT_DAYS } from "@/lib/reports/access-review";
import type { AccessBody, ArticleHistoryBody, CsatBody, ResponseTimesBody } from "@/lib/reports/api-types";
import { FilterError, parseLedgerFilter } from "@/lib/reports/ledger-filter";
import { GROUPINGS, responseTimes, type Grouping } from "@/lib/reports/response-times";
import type { Store } from "@/lib/server/store";
import { accessReport } from "./access";
import { articleHistoryReport } from "./articles";
import { csatReport } from "./csat";
import { ensureDemoArticleHistory } from "./demo-articles";
import { selectFacts } from "./facts";
import { freshness } from "./freshness";
import { storeNames } from "./names";
import { cachedReport } from "./result-cache";

/**
 * Each report's body, built from the store (and kept until the next sync). The report endpoints
 * answer with these, and the report pages put the same body into their HTML for the first paint.
 * Bad filters throw FilterError.
 */

export async function responseTimesBody(store: Store, q: URLSearchParams): Promise<ResponseTimesBody> {
  const group = (q.get("group") ?? "week") as Grouping;
  if (!GROUPINGS.includes(group)) throw new FilterError(`group must be one of ${GROUPINGS.join(", ")}`);
  const filter = parseLedgerFilter(q);
  return cachedReport(store, `response-times?${q.toString()}`, async () => {
    const [facts, names, fresh] = await Promise.all([selectFacts(store, filter), storeNames(store), freshness(store, ["conversations", "admins"])]);
    return { group, conversations: facts.length, groups: responseTimes(facts, group), names, ...fresh };
  });
}

export async function csatBody(store: Store, q: URLSearchParams): Promise<CsatBody> {
  const filter = parseLedgerFilter(q);
  return cachedReport(store, `csat?${q.toString()}`, async () => {
    const [report, names, fresh] = await Promise.all([csatReport(store, filter), storeNames(store), freshness(store, ["conversations", "admins"])]);
    return { ...report, names, ...fresh };
  });
}

export async function articleHistoryBody(store: Store, day: string | null): Promise<ArticleHistoryBody> {
  if (day !== null && !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new FilterError("day must be a date like 2026-11-24");
  await ensureDemoArticleHistory(store);
  return cachedReport(store, `articles?${day ?? ""}`, async () => {
    const [report, fresh] = await Promise.all([articleHistoryReport(store, day), freshness(store, ["articles"])]);
    return { ...report, ...fresh };
  });
}

export async function accessBody(store: Store, dormantDays: number = DEFAULT_DORMANT_DAYS): Promise<AccessBody> {
  if (!Number.isInteger(dormantDays) || dormantDays < 1 || dormantDays > 3650) throw new FilterError("dormant must be a whole number of days, 1 to 3650");
  return cachedReport(store, `access?${dormantDays}`, async () => {
    const [rows, names, fresh] = await Promise.all([accessReport(store, dormantDays), storeNames(store), freshness(store, ["activity_logs", "admins"])]);
    return { dormantDays, rows, teams: names.teams, ...fresh };
  });
}
