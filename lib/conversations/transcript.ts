import TurndownService from "turndown";
import { DASH, formatDateTime, formatDuration } from "@/lib/format/time";
import type { Conversation, PartAuthor } from "@/lib/intercom/types/conversations";
import { describeEvent, type PartKind } from "./classify";
import { formatFileSize } from "./format";
import { assigneeId, buildThread, missingParts, type NameBook } from "./thread";

/**
 * The thread as Markdown, for the "download transcript" button: who said what and when, notes
 * marked internal, events as italic lines, attachments as links. HTML bodies go through turndown;
 * scripts and embeds are dropped and only http(s)/mailto links survive as links. Everything the
 * customer wrote is escaped, so it stays text in any Markdown viewer: `<img onerror>` in a message
 * cannot become HTML, and a crafted href cannot close its link and open a `javascript:` one.
 */

let service: TurndownService | null = null;

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({ headingStyle: "atx", bulletListMarker: "-", codeBlockStyle: "fenced", emDelimiter: "*" });
  const escapeSyntax = TurndownService.prototype.escape;
  service.escape = (text: string) => escapeSyntax.call(service, text).replace(/</g, "\\<");
  service.remove(["script", "style", "iframe", "object", "embed", "form", "button", "meta", "link", "template"] as TurndownService.Filter);
  service.addRule("safeLinks", {
    filter: "a",
    replacement: (content, node) => {
      const href = markdownUrl((node as HTMLElement).getAttribute("href"), LINK_SCHEMES);
      return href ? `[${content}](${href})` : content;
    },
  });
  service.addRule("safeImages", {
    filter: "img",
    replacement: (_content, node) => {
      const el = node as HTMLElement;
      const src = markdownUrl(el.getAttribute("src"), WEB_SCHEMES);
      return src ? `[${markdownText(el.getAttribute("alt")?.trim() || "image")}](${src})` : "";
    },
  });
  return service;
}

const WEB_SCHEMES = /^https?:$/;
const LINK_SCHEMES = /^(https?|mailto):$/;

/**
 * A URL fit for a Markdown link target: parsed (so the scheme is the real one), then every character
 * that could end the target or start new syntax percent-encoded. Null for anything but the schemes given.
 */
export function markdownUrl(raw: string | null | undefined, schemes: RegExp): string | null {
  let url: URL;
  try {
    url = new URL((raw ?? "").trim());
  } catch {
    return null;
  }
  if (!schemes.test(url.protocol)) return null;
  return url.href.replace(/[()[\]<>"'`\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** Text as Markdown shows it literally: syntax characters and `<` (raw HTML, autolinks) escaped. */
export function markdownText(text: string): string {
  return turndown().escape(text);
}

export function htmlToMarkdown(html: string | null | undefined): string {
  if (!html) return "";
  return turndown().turndown(html).trim();
}

const KIND_LABEL: Record<PartKind, string> = {
  customer: "Customer",
  teammate: "Teammate",
  note: "Internal note",
  fin: "Fin (AI agent)",
  bot: "Bot",
  event: "Event",
};

function authorName(author: PartAuthor | null | undefined): string {
  return markdownText(author?.name?.trim() || author?.email?.trim() || "Unknown");
}

export interface TranscriptOptions {
  names: NameBook;
  timeZone?: string;
  /** Bodies are Intercom's plaintext rendering rather than HTML. */
  plaintext?: boolean;
}

export function conversationToMarkdown(conversation: Conversation, { names, timeZone, plaintext = false }: TranscriptOptions): string {
  const when = (unix: number | null | undefined) => formatDateTime(unix, timeZone);
  const body = (html: string | null | undefined) => (plaintext ? markdownText((html ?? "").trim()) : htmlToMarkdown(html));
  const thread = buildThread(conversation);
  const parts = conversation.conversation_parts?.conversation_parts ?? [];
  const missing = missingParts(parts.length, conversation.conversation_parts?.total_count, conversation.statistics?.count_conversation_parts);
  const admin = assigneeId(conversation.admin_assignee_id);
  const team = assigneeId(conversation.team_assignee_id);
  const subject = conversation.title || conversation.source?.subject?.replace(/<[^>]*>/g, "").trim();

  const lines: string[] = [];
  lines.push(`# Conversation ${conversation.id}${subject ? `: ${markdownText(subject)}` : ""}`, "");
  lines.push(`- State: ${conversation.state ?? DASH}${conversation.priority === "priority" ? " (priority)" : ""}`);
  lines.push(`- Created: ${when(conversation.created_at)}`);
  lines.push(`- Updated: ${when(conversation.updated_at)}`);
  lines.push(`- Assignee: ${admin ? markdownText(names.admin(admin) ?? `Teammate ${admin}`) : "Unassigned"}${team ? ` · Team: ${markdownText(names.team(team) ?? team)}` : ""}`);
  const tags = conversation.tags?.tags?.flatMap((t) => (t.name ? [markdownText(t.name)] : [])) ?? [];
  if (tags.length) lines.push(`- Tags: ${tags.join(", ")}`);
  const rating = conversation.conversation_rating;
  if (rating?.rating) lines.push(`- Rating: ${rating.rating}/5${rating.remark ? ` — “${markdownText(rating.remark)}”` : ""}`);
  if (conversation.statistics?.time_to_admin_reply != null) lines.push(`- Time to first reply: ${formatDuration(conversation.statistics.time_to_admin_reply)}`);
  lines.push(`- Times are in ${timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone}.`);
  if (missing > 0) lines.push("", `> Intercom returned only the 500 most recent parts: ${missing} earlier ${missing === 1 ? "part is" : "parts are"} missing from this transcript.`);
  lines.push("");

  for (const entry of thread) {
    const { part, kind } = entry;
    const who = authorName(part.author);
    if (kind === "event") {
      const e = describeEvent(part);
      const target = e.target ? ` ${markdownText(e.target.type === "team" ? (names.team(e.target.id) ?? `team ${e.target.id}`) : (names.admin(e.target.id) ?? `teammate ${e.target.id}`))}` : "";
      lines.push(`*${when(part.created_at)} — ${who} ${e.verb}${target}${e.suffix}*`, "");
      const text = body(part.body);
      if (text) lines.push(text, "");
    } else {
      lines.push(`### ${who} · ${KIND_LABEL[kind]}${entry.isSource ? " · first message" : ""}`, `*${when(part.created_at)}*`, "");
      const text = part.redacted ? "_(redacted)_" : body(part.body);
      if (text)
        lines.push(
          kind === "note"
            ? text
                .split("\n")
                .map((l) => `> ${l}`)
                .join("\n")
            : text,
          "",
        );
    }
    for (const a of part.attachments ?? []) {
      const name = markdownText(a.name?.trim() || "attachment");
      const url = markdownUrl(a.url, WEB_SCHEMES);
      const link = url ? `[${name}](${url})` : name;
      lines.push(`- Attachment: ${link} (${markdownText(a.content_type ?? "unknown type")}, ${formatFileSize(a.filesize)})`);
    }
    if (part.attachments?.length) lines.push("");
  }
  return (
    lines
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd() + "\n"
  );
}
