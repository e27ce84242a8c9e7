"use client";

import { Card } from "@/components/ui/card";
import { useVirtualizer } from "@tanstack/react-virtual";
import Link from "next/link";
import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { categoryColor, categoryLabel, typeLabel } from "@/lib/audit/categories";
import type { AuditEntry } from "@/lib/audit/query";
import { DASH } from "@/lib/format/time";
import { MetadataPanel } from "./metadata-panel";

const COLUMNS = "grid grid-cols-[10.5rem_11rem_12rem_minmax(16rem,1fr)_10.5rem_2rem] gap-3";
/** Collapsed rows share one height, so scrolling never re-measures the list; only opened rows grow. */
const ROW_HEIGHT = 44;

/** Start fetching the next page this many rows before the loaded ones run out. */
const LOAD_AHEAD = 30;

/**
 * The audit entries, virtualised and paged: the browser holds the pages scrolled so far (a page
 * comes from the store as the end nears), and only the ~30 rows on screen are in the DOM. Rows
 * expand to show their metadata.
 */
export const AuditTable = memo(function AuditTable({
  rows,
  total,
  hasMore,
  loadingMore,
  onLoadMore,
  timeZone,
  names,
}: {
  rows: readonly AuditEntry[];
  /** Matching entries in the whole range. */
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  timeZone: string;
  names: ReadonlyMap<string, string>;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const time = useMemo(
    () => new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }),
    [timeZone],
  );
  // A stable key function: a new one would make the virtualizer re-measure every row on each scroll.
  const getItemKey = useCallback((i: number) => rows[i]!.id, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey,
  });

  const lastVisible = virtualizer.getVirtualItems().at(-1)?.index ?? 0;
  useEffect(() => {
    if (hasMore && !loadingMore && lastVisible >= rows.length - LOAD_AHEAD) onLoadMore();
  }, [hasMore, loadingMore, lastVisible, rows.length, onLoadMore]);

  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  if (rows.length === 0) {
    return <p className="rounded-lg border border-slate-200 bg-white p-8 text-center text-sm text-slate-500">No activity matches these filters in this range.</p>;
  }

  return (
    <Card className="overflow-hidden" role="table" aria-label="Audit log entries" aria-rowcount={total + 1}>
      <div className="relative overflow-x-auto">
        <div className="min-w-[64rem]">
          <div role="row" className={`${COLUMNS} border-b border-slate-200 bg-slate-50 px-4 py-2 text-xs font-medium text-slate-500`}>
            <span role="columnheader">Time ({timeZone})</span>
            <span role="columnheader">Teammate</span>
            <span role="columnheader">Type</span>
            <span role="columnheader">Description</span>
            <span role="columnheader">IP</span>
            <span role="columnheader">
              <span className="sr-only">Details</span>
            </span>
          </div>
          <div ref={scrollRef} className="max-h-[70vh] overflow-y-auto" data-testid="audit-rows">
            <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
              {virtualizer.getVirtualItems().map((item) => {
                const row = rows[item.index]!;
                const expanded = open.has(row.id);
                const name = (row.adminId && names.get(row.adminId)) || row.email || DASH;
                return (
                  <div
                    key={item.key}
                    role="row"
                    aria-rowindex={item.index + 2}
                    data-index={item.index}
                    ref={virtualizer.measureElement}
                    className="absolute inset-x-0"
                    style={{ transform: `translateY(${item.start}px)` }}
                  >
                    <div className={`${COLUMNS} h-11 items-center border-b border-slate-100 px-4 text-sm ${row.sensitive ? "bg-amber-50/40" : ""}`}>
                      <span role="cell" className="tabular-nums text-slate-600">
                        {row.at ? time.format(new Date(row.at * 1000)) : DASH}
                      </span>
                      <span role="cell" className="truncate">
                        {row.adminId ? (
                          <Link href={`/admins/${encodeURIComponent(row.adminId)}`} prefetch={false} className="text-brand-600 hover:underline" title={row.email ?? undefined}>
                            {name}
                          </Link>
                        ) : (
                          name
                        )}
                      </span>
                      <span role="cell" className="flex min-w-0 items-center gap-1.5">
                        <span aria-hidden className="inline-block size-2 shrink-0 rounded-full" style={{ background: categoryColor(row.category) }} />
                        <span className="truncate text-slate-800" title={`${row.type} · ${categoryLabel(row.category)}`}>
                          {typeLabel(row.type)}
                        </span>
                      </span>
                      <span role="cell" className="truncate text-slate-800" title={row.description}>
                        {row.description || DASH}
                      </span>
                      <span role="cell" className="flex min-w-0 items-center gap-1 font-mono text-xs text-slate-600">
                        <span className="truncate">{row.ip ?? DASH}</span>
                        {row.newIp && (
                          <span className="shrink-0 rounded bg-amber-100 px-1 font-sans text-[10px] font-semibold text-amber-800" title="First sign-in from this IP in the range">
                            New IP
                          </span>
                        )}
                      </span>
                      <span role="cell">
                        <button
                          type="button"
                          onClick={() => toggle(row.id)}
                          aria-expanded={expanded}
                          aria-label={expanded ? "Hide details" : "Show details"}
                          className="rounded px-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900"
                        >
                          {expanded ? "▾" : "▸"}
                        </button>
                      </span>
                    </div>
                    {expanded && (
                      <div className="border-b border-slate-200 bg-slate-50 px-4 py-3">
                        <p className="mb-2 text-sm whitespace-pre-wrap text-slate-800">{row.description}</p>
                        <p className="mb-2 text-xs text-slate-500">
                          {categoryLabel(row.category)} · <code className="font-mono">{row.type}</code> · entry <code className="font-mono">{row.id}</code>
                          {row.sensitive && <span className="ml-2 font-medium text-amber-700">Sensitive</span>}
                        </p>
                        <MetadataPanel metadata={row.metadata} />
                      </div>
                    )}
                  </div>
                );
              })}
            </div>
            {loadingMore && (
              <p role="status" className="px-4 py-2 text-center text-xs text-slate-500">
                Loading more entries…
              </p>
            )}
          </div>
        </div>
      </div>
    </Card>
  );
});
