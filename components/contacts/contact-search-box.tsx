"use client";

import { useEffect, useRef, useState } from "react";
import { KIND_LABELS, QUERY_KINDS, understandQuery, type QueryKind } from "@/lib/contacts/understand-query";

/**
 * The one search box: it says how it read the text ("Email is …", "Name contains …") and lets the
 * reader pick another reading. The URL is updated after a short pause, or at once on Enter.
 */
export function ContactSearchBox({ q, as, onChange, disabled }: { q: string; as: QueryKind | null; onChange: (q: string, as: QueryKind | null) => void; disabled?: boolean }) {
  const [text, setText] = useState(q);
  const pushed = useRef(q);

  // Follow the URL when it changes from outside (back button, palette, a shared link).
  useEffect(() => {
    if (q !== pushed.current) {
      pushed.current = q;
      setText(q);
    }
  }, [q]);

  useEffect(() => {
    if (text === pushed.current) return;
    const timer = setTimeout(() => {
      pushed.current = text;
      onChange(text, text.trim() ? as : null);
    }, 350);
    return () => clearTimeout(timer);
  }, [text, as, onChange]);

  const understood = understandQuery(text, as);
  return (
    <div className="flex-1">
      <label htmlFor="contact-search" className="sr-only">
        Search contacts
      </label>
      <input
        id="contact-search"
        type="search"
        value={text}
        disabled={disabled}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            pushed.current = text;
            onChange(text, text.trim() ? as : null);
          }
        }}
        placeholder="Search by email, domain, name, external id or phone"
        autoComplete="off"
        spellCheck={false}
        className="w-full rounded-md border border-slate-300 bg-card px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/20 disabled:bg-slate-50"
      />
      {understood && (
        <div className="mt-1.5 flex flex-wrap items-center gap-1.5 text-xs text-slate-500" data-testid="query-understood">
          <span>
            Searching: <span className="font-medium text-slate-700">{understood.description}</span>
          </span>
          <span className="text-slate-300" aria-hidden>
            ·
          </span>
          <span>Search as</span>
          {QUERY_KINDS.filter((k) => k !== understood.kind).map((kind) => (
            <button
              key={kind}
              type="button"
              onClick={() => {
                pushed.current = text;
                onChange(text, kind);
              }}
              className="rounded border border-slate-200 bg-card px-1.5 py-0.5 text-slate-600 hover:border-slate-300 hover:text-slate-900"
            >
              {KIND_LABELS[kind]}
            </button>
          ))}
          {as && (
            <button type="button" onClick={() => onChange(text, null)} className="text-brand-600 hover:underline">
              Guess for me
            </button>
          )}
        </div>
      )}
    </div>
  );
}
