"use client";

import { Card } from "@/components/ui/card";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { NameBook, ThreadEntry } from "@/lib/conversations/thread";
import { PartRow } from "./part-row";

/**
 * The thread, oldest first. Long threads are windowed (only the parts near the viewport are
 * mounted, so each body is sanitised when first seen, not all 500 up front); short ones render
 * whole so the browser's find-in-page still works. j / k move between parts.
 */
export const WINDOW_ABOVE = 150;

export function Timeline({ entries, names, plaintext }: { entries: ThreadEntry[]; names: NameBook; plaintext: boolean }) {
  const [active, setActive] = useState<number | null>(null);
  const activeRef = useRef<number | null>(null);
  const scrollToRef = useRef<(index: number) => void>(() => {});

  const move = useCallback(
    (delta: number) => {
      const current = activeRef.current;
      const next = Math.min(entries.length - 1, Math.max(0, current === null ? (delta > 0 ? 0 : entries.length - 1) : current + delta));
      activeRef.current = next;
      setActive(next);
      scrollToRef.current(next);
    },
    [entries.length],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      if (event.key === "j") move(1);
      else if (event.key === "k") move(-1);
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [move]);

  if (entries.length === 0)
    return (
      <Card as="p" className="p-6 text-sm text-slate-600">
        This conversation has no messages yet.
      </Card>
    );
  const Body = entries.length > WINDOW_ABOVE ? WindowedParts : AllParts;
  return (
    <div>
      <p className="mb-2 text-xs text-slate-500">
        {entries.length} {entries.length === 1 ? "entry" : "entries"} · press <kbd className="rounded border border-slate-300 bg-card px-1 font-mono">j</kbd> /{" "}
        <kbd className="rounded border border-slate-300 bg-card px-1 font-mono">k</kbd> to move between parts
      </p>
      <Body entries={entries} names={names} plaintext={plaintext} active={active} scrollToRef={scrollToRef} />
    </div>
  );
}

interface BodyProps {
  entries: ThreadEntry[];
  names: NameBook;
  plaintext: boolean;
  active: number | null;
  scrollToRef: React.RefObject<(index: number) => void>;
}

function AllParts({ entries, names, plaintext, active, scrollToRef }: BodyProps) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    scrollToRef.current = (index) => list.current?.children[index]?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [scrollToRef]);
  return (
    <ol ref={list} data-testid="timeline" data-windowed="false">
      {entries.map((e, i) => (
        <li key={e.key}>
          <PartRow entry={e} names={names} plaintext={plaintext} active={i === active} />
        </li>
      ))}
    </ol>
  );
}

function WindowedParts({ entries, names, plaintext, active, scrollToRef }: BodyProps) {
  const list = useRef<HTMLOListElement>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    setMargin(list.current ? list.current.getBoundingClientRect().top + window.scrollY : 0);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: entries.length,
    estimateSize: (i) => (entries[i]?.kind === "event" && !entries[i]?.part.body ? 36 : 140),
    overscan: 8,
    // Let React batch scroll updates instead of flushing synchronously on every scroll event.
    useFlushSync: false,
    scrollMargin: margin,
    getItemKey: (i) => entries[i]!.key,
  });
  useEffect(() => {
    scrollToRef.current = (index) => virtualizer.scrollToIndex(index, { align: "center" });
  }, [scrollToRef, virtualizer]);
  const items = virtualizer.getVirtualItems();
  return (
    <ol ref={list} data-testid="timeline" data-windowed="true" style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
      {items.map((item) => (
        <li
          key={item.key}
          data-index={item.index}
          ref={virtualizer.measureElement}
          style={{ position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
        >
          <PartRow entry={entries[item.index]!} names={names} plaintext={plaintext} active={item.index === active} />
        </li>
      ))}
    </ol>
  );
}
