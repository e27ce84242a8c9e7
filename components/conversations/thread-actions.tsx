"use client";

import { conversationToMarkdown } from "@/lib/conversations/transcript";
import type { NameBook } from "@/lib/conversations/thread";
import type { Conversation } from "@/lib/intercom/types/conversations";

export function DisplaySwitch({ plaintext, onChange, pending }: { plaintext: boolean; onChange: (plaintext: boolean) => void; pending?: boolean }) {
  return (
    <div className="inline-flex overflow-hidden rounded-md border border-slate-300 text-sm" role="group" aria-label="Message format" aria-busy={pending || undefined}>
      {([false, true] as const).map((p) => (
        <button
          key={String(p)}
          type="button"
          aria-pressed={plaintext === p}
          onClick={() => onChange(p)}
          className={`px-3 py-1.5 ${plaintext === p ? "bg-slate-800 text-white" : "bg-card text-slate-700 hover:bg-slate-50"} border-l border-slate-300 first:border-l-0`}
        >
          {p ? "Plain text" : "Formatted"}
        </button>
      ))}
    </div>
  );
}

/** Saves the thread as Markdown, built in the browser from what is already loaded. */
export function TranscriptButton({ conversation, names, plaintext }: { conversation: Conversation; names: NameBook; plaintext: boolean }) {
  function download() {
    const markdown = conversationToMarkdown(conversation, { names, plaintext });
    const url = URL.createObjectURL(new Blob([markdown], { type: "text/markdown;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `conversation-${conversation.id}.md`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }
  return (
    <button type="button" onClick={download} className="rounded-md border border-slate-300 bg-card px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50">
      Download transcript
    </button>
  );
}
