import type { Conversation, ConversationPart, PartAuthor, TicketPart } from "@/lib/intercom/types/conversations";
import { classifyPart, type PartKind } from "./classify";

/** One row of the timeline: the source message or a part, with what kind of row it is. */
export interface ThreadEntry {
  key: string;
  kind: PartKind;
  isSource: boolean;
  part: ConversationPart & Partial<Pick<TicketPart, "ticket_state" | "previous_ticket_state">>;
}

/** The source message first, then every part oldest first (stable for equal timestamps). */
export function buildThread(conversation: Pick<Conversation, "id" | "created_at" | "source" | "conversation_parts">): ThreadEntry[] {
  const entries: ThreadEntry[] = [];
  const source = conversation.source;
  if (source && (source.body || source.attachments?.length)) {
    const part: ConversationPart = {
      id: `source-${conversation.id}`,
      part_type: "comment",
      body: source.body ?? null,
      created_at: conversation.created_at ?? null,
      author: source.author ?? null,
      attachments: source.attachments ?? [],
      redacted: source.redacted ?? false,
    };
    entries.push({ key: part.id, kind: classifyPart(part), isSource: true, part });
  }
  return entries.concat(partsInOrder(conversation.conversation_parts?.conversation_parts ?? []));
}

export function partsInOrder(parts: readonly (ConversationPart | TicketPart)[]): ThreadEntry[] {
  return parts
    .map((part, i) => ({ part, i }))
    .sort((a, b) => (a.part.created_at ?? 0) - (b.part.created_at ?? 0) || a.i - b.i)
    .map(({ part }) => ({ key: part.id, kind: classifyPart(part), isSource: false, part }));
}

/**
 * How many parts the API left out: it returns only the 500 most recent. `total_count` says how
 * many exist; `statistics.count_conversation_parts` counts the source message too.
 */
export function missingParts(returned: number, totalCount: number | null | undefined, countWithSource?: number | null): number {
  const fromTotal = typeof totalCount === "number" ? totalCount - returned : 0;
  const fromStats = typeof countWithSource === "number" ? countWithSource - 1 - returned : 0;
  return Math.max(0, fromTotal, fromStats);
}

/** Names of teammates and teams by id, from the /admins and /teams lists. */
export interface NameBook {
  admin(id: string | number | null | undefined): string | null;
  team(id: string | number | null | undefined): string | null;
}

export function nameBook(admins: readonly { id: string; name?: string | null }[] = [], teams: readonly { id: string; name?: string | null }[] = []): NameBook {
  const a = new Map(admins.map((x) => [String(x.id), x.name ?? null]));
  const t = new Map(teams.map((x) => [String(x.id), x.name ?? null]));
  return {
    admin: (id) => (id === null || id === undefined ? null : (a.get(String(id)) ?? null)),
    team: (id) => (id === null || id === undefined ? null : (t.get(String(id)) ?? null)),
  };
}

/** Contact names seen in the thread (authors carry them), so the header needs no extra calls. */
export function contactNames(entries: readonly ThreadEntry[]): Map<string, PartAuthor> {
  const out = new Map<string, PartAuthor>();
  for (const e of entries) {
    const a = e.part.author;
    if (a?.id && e.kind === "customer" && !out.has(a.id)) out.set(a.id, a);
    else if (a?.id && /^(user|lead|contact)$/.test(a.type ?? "") && !out.has(a.id)) out.set(a.id, a);
  }
  return out;
}

/** Whether Intercom assignee ids mean "nobody": null, empty, or the ticket API's "0". */
export function assigneeId(id: string | number | null | undefined): string | null {
  if (id === null || id === undefined) return null;
  const s = String(id);
  return s === "" || s === "0" ? null : s;
}
