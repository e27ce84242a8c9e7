import { dayKey, dayStart } from "./stats";
import type { Grouping } from "./response-times";
import { ledgerQuery, type LedgerFilter } from "./ledger-filter";

/**
 * The ledger URL holding exactly a report group's conversations: the report's filters plus the
 * group's own key; a week narrows the date range to that week (inside the chosen range).
 */
export function drillHref(filter: Partial<LedgerFilter>, by: Grouping, key: string): string {
  const f: Partial<LedgerFilter> = { ...filter };
  if (by === "week") {
    const weekEnd = dayKey(dayStart(key) + 6 * 86_400);
    f.from = filter.from && filter.from > key ? filter.from : key;
    f.to = filter.to && filter.to < weekEnd ? filter.to : weekEnd;
  } else {
    f[by] = key;
  }
  return `/reports/conversations?${ledgerQuery(f).toString()}`;
}

/** The ledger URL for a set of filters. */
export function ledgerHref(filter: Partial<LedgerFilter>): string {
  return `/reports/conversations?${ledgerQuery(filter).toString()}`;
}
