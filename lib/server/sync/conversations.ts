import "server-only";
import { buildPath } from "@/lib/intercom/match";
import type { ConversationList, ConversationListItem } from "@/lib/intercom/types/conversations";
import type { ConversationFactsTable, Store } from "@/lib/server/store";
import { parseDetail, readState, writeState } from "./state";
import { bodyOf, type Call } from "./upstream";

/**
 * Conversation facts for reports, through POST /conversations/search on updated_at from the
 * watermark minus an overlap. Only facts are kept: times, state, owners, tag ids, `statistics`, the
 * rating's score and the SLA. Never a body, a contact or a rating's remark. Upserts by id, and the
 * search cursor is saved with each page, so a killed run resumes where it stopped.
 */

export const CONVERSATION_OVERLAP_SECONDS = 15 * 60;
const PER_PAGE = 150;

interface Detail {
  /** The search in progress: updated_at > since, resuming after `startingAfter`; newest updated_at seen so far. */
  run?: { since: number; startingAfter: string | null; newest: number } | null;
}

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? Math.round(v) : null);
const idOrNull = (v: unknown) => (v === null || v === undefined || v === "" ? null : String(v));

export function conversationFacts(c: ConversationListItem, now: number): ConversationFactsTable {
  const s = c.statistics ?? {};
  const rating = c.conversation_rating ?? null;
  return {
    id: String(c.id),
    created_at: num(c.created_at) ?? 0,
    updated_at: num(c.updated_at) ?? 0,
    state: c.state ?? (c.open ? "open" : "closed"),
    team_id: idOrNull(c.team_assignee_id),
    admin_id: idOrNull(c.admin_assignee_id),
    tag_ids: JSON.stringify((c.tags?.tags ?? []).map((t) => String(t.id))),
    time_to_assignment: num(s.time_to_assignment),
    time_to_admin_reply: num(s.time_to_admin_reply),
    time_to_first_close: num(s.time_to_first_close),
    time_to_last_close: num(s.time_to_last_close),
    median_time_to_reply: num(s.median_time_to_reply),
    first_admin_reply_at: num(s.first_admin_reply_at),
    first_close_at: num(s.first_close_at),
    last_close_at: num(s.last_close_at),
    count_reopens: num(s.count_reopens) ?? 0,
    count_assignments: num(s.count_assignments) ?? 0,
    count_parts: num(s.count_conversation_parts) ?? 0,
    rating: num(rating?.rating),
    rating_created_at: rating ? num(rating.created_at) : null,
    rating_admin_id: idOrNull(rating?.teammate?.id),
    sla_name: c.sla_applied?.sla_name ?? null,
    sla_status: c.sla_applied?.sla_status ?? null,
    synced_at: now,
  };
}

export async function syncConversations(store: Store, call: Call, now = Math.floor(Date.now() / 1000)): Promise<number> {
  const { db } = store;
  const state = await readState(db, "conversations");
  const detail = parseDetail<Detail>(state) ?? {};
  const run = detail.run ?? { since: state.watermark === null ? 0 : state.watermark - CONVERSATION_OVERLAP_SECONDS, startingAfter: null, newest: state.watermark ?? 0 };
  detail.run = run;
  let changed = 0;
  for (;;) {
    const body = JSON.stringify({
      query: { field: "updated_at", operator: ">", value: run.since },
      pagination: { per_page: PER_PAGE, ...(run.startingAfter ? { starting_after: run.startingAfter } : {}) },
    });
    const page = bodyOf<ConversationList>(await call({ method: "POST", path: buildPath("conversations.search"), body }));
    const rows = (page.conversations ?? []).filter((c) => c && c.id != null).map((c) => conversationFacts(c, now));
    const next = page.pages?.next?.starting_after ?? null;
    run.startingAfter = next && rows.length > 0 ? next : null;
    for (const r of rows) run.newest = Math.max(run.newest, r.updated_at);
    const finished = run.startingAfter === null;
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += 500) {
        const chunk = rows.slice(i, i + 500);
        await trx
          .insertInto("conversation_facts")
          .values(chunk)
          .onConflict((oc) =>
            oc.column("id").doUpdateSet((eb) => {
              const cols = Object.keys(chunk[0]!).filter((k) => k !== "id") as (keyof ConversationFactsTable)[];
              return Object.fromEntries(cols.map((k) => [k, eb.ref(`excluded.${k}`)])) as never;
            }),
          )
          .execute();
      }
      if (finished) detail.run = null;
      await writeState(trx, "conversations", {
        detail: JSON.stringify(detail),
        ...(finished ? { watermark: Math.max(run.newest, run.since), backfill_done: 1 } : {}),
      });
    });
    changed += rows.length;
    if (finished) break;
  }
  const count = await db
    .selectFrom("conversation_facts")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  await writeState(db, "conversations", { rows_total: Number(count?.n ?? 0) });
  return changed;
}
