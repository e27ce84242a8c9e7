import type { ReactNode } from "react";
import { CARD_CLASS } from "./card";
import { cx } from "./cx";
import { FOCUS_RING } from "./focus";
import { TableSkeleton } from "./skeleton";
import { EmptyNote } from "./table-card";

export interface DataColumn<Row> {
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  align?: "right";
  /** Present when the column can be sorted; the caller sorts (the order lives in the URL). */
  sortable?: boolean;
  className?: string;
}

export interface SortState {
  id: string;
  dir: "asc" | "desc";
}

/**
 * A list in a card: a header row (sortable columns are buttons announcing their order), the rows,
 * and its own loading and empty states. Wide tables scroll inside the card, never the page.
 */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  loading = false,
  empty,
  sort,
  onSort,
  caption,
  dense = false,
  rowClassName,
}: {
  columns: DataColumn<Row>[];
  rows: readonly Row[] | undefined;
  rowKey: (row: Row) => string;
  loading?: boolean;
  /** Said when there are no rows. */
  empty: ReactNode;
  sort?: SortState | null;
  onSort?: (id: string) => void;
  caption?: string;
  dense?: boolean;
  rowClassName?: (row: Row) => string | undefined;
}) {
  if (loading) return <TableSkeleton rows={8} columns={columns.length} />;
  if (!rows || rows.length === 0) return <EmptyNote>{empty}</EmptyNote>;
  const pad = dense ? "px-3 py-2" : "px-4 py-2";
  return (
    <div className={cx(CARD_CLASS, "relative overflow-x-auto")}>
      <table className="w-full text-left text-sm">
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="border-b border-border bg-muted text-xs font-medium text-muted-foreground">
          <tr>
            {columns.map((c) => {
              const current = sort?.id === c.id ? sort.dir : null;
              return (
                <th
                  key={c.id}
                  scope="col"
                  className={cx(pad, "font-medium", c.align === "right" && "text-right")}
                  aria-sort={c.sortable ? (current === "asc" ? "ascending" : current === "desc" ? "descending" : "none") : undefined}
                >
                  {c.sortable && onSort ? (
                    <button type="button" onClick={() => onSort(c.id)} className={cx("inline-flex items-center gap-1 rounded hover:text-foreground", FOCUS_RING)}>
                      {c.header}
                      <span aria-hidden className="text-[10px]">
                        {current === "asc" ? "▲" : current === "desc" ? "▼" : ""}
                      </span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {rows.map((row) => (
            <tr key={rowKey(row)} className={cx("hover:bg-muted", rowClassName?.(row))}>
              {columns.map((c) => (
                <td key={c.id} className={cx(pad, c.align === "right" && "text-right tabular-nums", c.className)}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
