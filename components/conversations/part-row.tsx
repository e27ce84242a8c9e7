"use client";

import { memo, type ReactNode } from "react";
import { SafeHtml } from "@/components/ui/safe-html";
import { describeEvent, type PartKind } from "@/lib/conversations/classify";
import type { NameBook, ThreadEntry } from "@/lib/conversations/thread";
import { formatDateTime } from "@/lib/format/time";
import { Attachments } from "./attachments";
import { AdminLink, AuthorLink, TeamLink } from "./links";

const CARD: Record<Exclude<PartKind, "event">, { box: string; label: string; chip: string }> = {
  customer: { box: "border-slate-200 bg-card", label: "Customer", chip: "bg-slate-100 text-slate-700" },
  teammate: { box: "border-brand-100 bg-brand-50/60", label: "Teammate", chip: "bg-brand-100 text-brand-700" },
  note: { box: "border-dashed border-amber-300 bg-amber-50", label: "Internal note", chip: "bg-amber-200 text-amber-900" },
  fin: { box: "border-violet-200 bg-violet-50", label: "Fin · AI agent", chip: "bg-violet-200 text-violet-900" },
  bot: { box: "border-slate-200 bg-slate-50", label: "Bot", chip: "bg-slate-200 text-slate-700" },
};

/** Remote-image placeholders from the sanitiser, styled as quiet buttons. */
const HTML_CLASS =
  "text-sm leading-relaxed text-slate-800 break-words [&_.lens-remote-image]:my-1 [&_.lens-remote-image]:rounded [&_.lens-remote-image]:border [&_.lens-remote-image]:border-dashed [&_.lens-remote-image]:border-slate-300 [&_.lens-remote-image]:bg-card [&_.lens-remote-image]:px-2 [&_.lens-remote-image]:py-1 [&_.lens-remote-image]:text-xs [&_.lens-remote-image]:text-slate-600 [&_.lens-remote-image:hover]:bg-slate-50";

function Body({ body, plaintext, redacted }: { body: string | null | undefined; plaintext: boolean; redacted?: boolean | null }) {
  if (redacted) return <p className="text-sm italic text-slate-500">This part was redacted.</p>;
  if (!body) return null;
  if (plaintext) return <p className="whitespace-pre-wrap break-words text-sm leading-relaxed text-slate-800">{body}</p>;
  return <SafeHtml html={body} className={HTML_CLASS} />;
}

function Time({ unix }: { unix: number | null | undefined }) {
  return <time className="text-xs tabular-nums text-slate-500">{formatDateTime(unix)}</time>;
}

/** One entry of the thread; each kind reads differently. Memoised so j/k does not re-render bodies. */
export const PartRow = memo(function PartRow({ entry, names, plaintext, active }: { entry: ThreadEntry; names: NameBook; plaintext: boolean; active: boolean }) {
  const { part, kind } = entry;
  const ring = active ? "ring-2 ring-brand-500 ring-offset-2" : "";
  let content: ReactNode;
  if (kind === "event") {
    const e = describeEvent(part);
    content = (
      <div className={`rounded-md px-2 py-1 ${ring}`}>
        <p className="flex flex-wrap items-baseline gap-x-1 text-xs text-slate-600">
          <span aria-hidden className="mr-1 inline-block size-1.5 translate-y-[-1px] rounded-full bg-slate-400" />
          <AuthorLink author={part.author} names={names} />
          <span>{e.verb}</span>
          {e.target && (e.target.type === "team" ? <TeamLink id={e.target.id ?? null} names={names} /> : <AdminLink id={e.target.id ?? null} names={names} />)}
          {e.suffix && <span>{e.suffix.trim()}</span>}
          <span className="text-slate-400">·</span>
          <Time unix={part.created_at} />
        </p>
        {(Boolean(part.body) || (part.attachments?.length ?? 0) > 0) && (
          <div className="ml-3 mt-1 border-l-2 border-slate-200 pl-3">
            <Body body={part.body} plaintext={plaintext} redacted={part.redacted} />
            <Attachments items={part.attachments} />
          </div>
        )}
      </div>
    );
  } else {
    const style = CARD[kind];
    content = (
      <article className={`rounded-lg border p-3 ${style.box} ${ring} ${kind === "customer" ? "mr-10" : kind === "teammate" ? "ml-10" : ""}`}>
        <header className="mb-1 flex flex-wrap items-center gap-2">
          <AuthorLink author={part.author} names={names} />
          <span className={`rounded px-1.5 py-0.5 text-[11px] font-medium ${style.chip}`}>{entry.isSource ? `${style.label} · first message` : style.label}</span>
          {kind === "note" && <span className="text-[11px] text-amber-800">Only teammates see this</span>}
          <span className="ml-auto">
            <Time unix={part.created_at} />
          </span>
        </header>
        <Body body={part.body} plaintext={plaintext} redacted={part.redacted} />
        <Attachments items={part.attachments} />
      </article>
    );
  }
  return (
    <div id={`part-${part.id}`} data-testid="part" data-part-kind={kind} data-part-type={part.part_type ?? ""} aria-current={active ? "true" : undefined} className="scroll-mt-20 py-1.5">
      {content}
    </div>
  );
});
